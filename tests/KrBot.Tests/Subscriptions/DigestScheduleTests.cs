using KrBot.Core.Digests;
using System.Globalization;
using KrBot.Subscriptions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace KrBot.Tests.Subscriptions;

public sealed class DigestScheduleTests
{
    private static readonly DateTimeOffset LongAgo = Utc(2020, 1, 1, 0, 0);

    [Fact]
    public void LocalDate_OneInstant_DiffersEitherSideOfUtc()
    {
        var instant = Utc(2025, 6, 1, 23, 0);

        Assert.Equal(new DateOnly(2025, 6, 2), DigestSchedule.LocalDate(instant, "Asia/Shanghai"));
        Assert.Equal(new DateOnly(2025, 6, 1), DigestSchedule.LocalDate(instant, "America/Los_Angeles"));
        Assert.Equal(new DateOnly(2025, 6, 2), DigestSchedule.LocalDate(instant, "Pacific/Kiritimati"));
        Assert.Equal(new DateOnly(2025, 6, 1), DigestSchedule.LocalDate(instant, "UTC"));
    }

    [Fact]
    public void Next_EastOfUtcBeforeTodaysTime_DueTodayAtLocalTime()
    {
        // 07:00 in Shanghai (UTC+8) on 2 June is still 1 June in UTC.
        var slot = DigestSchedule.Next(Sub("Asia/Shanghai", "08:30"), Utc(2025, 6, 1, 23, 0));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 2), Utc(2025, 6, 2, 0, 30)), slot);
    }

    [Fact]
    public void Next_WestOfUtc_UsesLocalDateNotUtcDate()
    {
        // 19:00 on 1 June in Los Angeles (UTC-7) is already 2 June in UTC.
        var slot = DigestSchedule.Next(Sub("America/Los_Angeles", "21:00"), Utc(2025, 6, 2, 2, 0));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 1), Utc(2025, 6, 2, 4, 0)), slot);
    }

    [Fact]
    public void Next_Kiritimati_FourteenHoursAheadOfUtc()
    {
        var slot = DigestSchedule.Next(Sub("Pacific/Kiritimati", "07:00"), Utc(2025, 6, 1, 12, 0));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 2), Utc(2025, 6, 1, 17, 0)), slot);
    }

    [Fact]
    public void Next_AucklandSummer_UsesDaylightOffset()
    {
        // January is summer in New Zealand: UTC+13.
        var slot = DigestSchedule.Next(Sub("Pacific/Auckland", "09:00"), Utc(2025, 1, 14, 12, 0));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 1, 15), Utc(2025, 1, 14, 20, 0)), slot);
    }

    [Fact]
    public void Next_TodayAlreadySent_DueTomorrowAtLocalTime()
    {
        var slot = DigestSchedule.Next(Sub("Europe/Berlin", "09:00", lastSent: new DateOnly(2025, 6, 2)), Utc(2025, 6, 2, 7, 0, 5));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 3), Utc(2025, 6, 3, 7, 0)), slot);
    }

    [Fact]
    public void Next_DowntimeAcrossSendTime_DueImmediatelyOnce()
    {
        // The host was down from 08:00 to 11:00 Berlin time; the 09:00 digest is owed and already overdue.
        var time = new FakeTimeProvider(Utc(2025, 6, 2, 9, 0));
        var subscription = Sub("Europe/Berlin", "09:00", lastSent: new DateOnly(2025, 6, 1));

        var late = DigestSchedule.Next(subscription, time.GetUtcNow());
        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 2), Utc(2025, 6, 2, 7, 0)), late);
        Assert.True(late.DueAtUtc <= time.GetUtcNow());

        subscription = subscription with { LastSentLocalDate = late.LocalDate };
        time.Advance(TimeSpan.FromMinutes(1));
        var next = DigestSchedule.Next(subscription, time.GetUtcNow());
        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 3), Utc(2025, 6, 3, 7, 0)), next);
    }

    [Fact]
    public void Next_MissedSeveralDays_OnlyTodayIsOwed()
    {
        var subscription = Sub("Asia/Shanghai", "08:00", lastSent: new DateOnly(2025, 5, 20));

        var slot = DigestSchedule.Next(subscription, Utc(2025, 6, 2, 4, 0));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 2), Utc(2025, 6, 2, 0, 0)), slot);
    }

    [Fact]
    public void Next_CreatedTodayAfterTime_StartsTomorrow()
    {
        // Subscribing at 10:00 for 09:00 must not fire at once.
        var created = Utc(2025, 6, 2, 8, 0);
        var slot = DigestSchedule.Next(Sub("Europe/Berlin", "09:00", createdAt: created), created.AddSeconds(1));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 3), Utc(2025, 6, 3, 7, 0)), slot);
    }

    [Fact]
    public void Next_CreatedTodayBeforeTime_DueToday()
    {
        var created = Utc(2025, 6, 2, 6, 0);
        var slot = DigestSchedule.Next(Sub("Europe/Berlin", "09:00", createdAt: created), created);

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 2), Utc(2025, 6, 2, 7, 0)), slot);
    }

    [Fact]
    public void Next_CreatedExactlyAtTime_DueNow()
    {
        var created = Utc(2025, 6, 2, 7, 0);
        var slot = DigestSchedule.Next(Sub("Europe/Berlin", "09:00", createdAt: created), created);

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 2), created), slot);
    }

    [Fact]
    public void Next_CreatedYesterdayAfterTimeAndNeverSent_DueToday()
    {
        var slot = DigestSchedule.Next(Sub("Europe/Berlin", "09:00", createdAt: Utc(2025, 6, 1, 20, 0)), Utc(2025, 6, 2, 10, 0));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 2), Utc(2025, 6, 2, 7, 0)), slot);
    }

    [Fact]
    public void Next_LastSentAheadOfTodayAfterZoneMovedWest_NoSecondDigestThatDay()
    {
        // Sent for 2 June in Auckland, then the chat moved to Los Angeles, where it is still 1 June. Dates up to the last
        // sent one count as done, so the chat skips a day rather than getting two digests within hours.
        var subscription = Sub("America/Los_Angeles", "09:00", lastSent: new DateOnly(2025, 6, 2));

        var slot = DigestSchedule.Next(subscription, Utc(2025, 6, 2, 2, 0));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 6, 3), Utc(2025, 6, 3, 16, 0)), slot);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2025-03-30", "02:30", "2025-03-30T01:00:00Z")]
    [InlineData("Europe/Berlin", "2025-03-30", "02:00", "2025-03-30T01:00:00Z")]
    [InlineData("America/New_York", "2025-03-09", "02:30", "2025-03-09T07:00:00Z")]
    [InlineData("Pacific/Auckland", "2025-09-28", "02:30", "2025-09-27T14:00:00Z")]
    [InlineData("America/Santiago", "2025-09-07", "00:00", "2025-09-07T04:00:00Z")]
    public void Next_SpringForwardGap_DueAfterGap(string zone, string date, string time, string expectedUtc)
    {
        var localDate = DateOnly.Parse(date, CultureInfo.InvariantCulture);
        var subscription = Sub(zone, time, lastSent: localDate.AddDays(-1));
        var dayBefore = DigestSchedule.DueAt(localDate.AddDays(-1), subscription.LocalTime, TimeZoneInfo.FindSystemTimeZoneById(zone));

        var slot = DigestSchedule.Next(subscription, dayBefore.AddHours(1));

        Assert.Equal(new DigestSlot(localDate, DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture)), slot);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2025-10-26", "02:30", "2025-10-26T00:30:00Z")]
    [InlineData("America/New_York", "2025-11-02", "01:30", "2025-11-02T05:30:00Z")]
    [InlineData("Pacific/Auckland", "2025-04-06", "02:30", "2025-04-05T13:30:00Z")]
    public void Next_AutumnAmbiguousTime_DueAtFirstOccurrence(string zone, string date, string time, string expectedUtc)
    {
        var localDate = DateOnly.Parse(date, CultureInfo.InvariantCulture);
        var subscription = Sub(zone, time, lastSent: localDate.AddDays(-1));
        var expected = DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture);

        var slot = DigestSchedule.Next(subscription, expected.AddHours(-6));

        Assert.Equal(new DigestSlot(localDate, expected), slot);
    }

    [Fact]
    public void Next_AutumnSentAtFirstOccurrence_NotDueAgainInRepeatedHour()
    {
        // 01:45 UTC is 02:45 CET, the second pass through 02:00-03:00 in Berlin on 26 October 2025.
        var subscription = Sub("Europe/Berlin", "02:30", lastSent: new DateOnly(2025, 10, 26));

        var slot = DigestSchedule.Next(subscription, Utc(2025, 10, 26, 1, 45));

        Assert.Equal(new DigestSlot(new DateOnly(2025, 10, 27), Utc(2025, 10, 27, 1, 30)), slot);
    }

    [Theory]
    [InlineData("Europe/Berlin", "02:30", "2025-03-30", "03:00")]
    [InlineData("Europe/Berlin", "02:30", "2025-10-26", "02:30")]
    [InlineData("Europe/Berlin", "09:00", "2025-03-30", "09:00")]
    [InlineData("Europe/Berlin", "00:00", "2025-10-26", "00:00")]
    [InlineData("America/New_York", "02:30", "2025-03-09", "03:00")]
    [InlineData("America/New_York", "01:30", "2025-11-02", "01:30")]
    [InlineData("America/New_York", "23:30", "2025-11-02", "23:30")]
    [InlineData("Pacific/Auckland", "02:30", "2025-09-28", "03:00")]
    [InlineData("Pacific/Auckland", "02:30", "2025-04-06", "02:30")]
    [InlineData("America/Santiago", "00:00", "2025-09-07", "01:00")]
    [InlineData("Asia/Shanghai", "08:30", "2025-03-30", "08:30")]
    [InlineData("America/Los_Angeles", "21:00", "2025-03-09", "21:00")]
    [InlineData("Pacific/Kiritimati", "07:00", "2025-03-30", "07:00")]
    public void Next_SimulatedWeekAcrossTransition_OneDigestPerLocalDay(string zoneId, string time, string transition, string readingOnTransition)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var transitionDate = DateOnly.Parse(transition, CultureInfo.InvariantCulture);
        var start = new DateTimeOffset(transitionDate.AddDays(-3).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        var subscription = Sub(zoneId, time, createdAt: start);
        var sent = new List<(DateOnly Date, DateTimeOffset At)>();

        // A scheduler polling every 5 minutes that sends whatever is due and records it.
        while (clock.GetUtcNow() < start.AddDays(7))
        {
            var slot = DigestSchedule.Next(subscription, clock.GetUtcNow());
            if (slot.DueAtUtc <= clock.GetUtcNow())
            {
                sent.Add((slot.LocalDate, clock.GetUtcNow()));
                subscription = subscription with { LastSentLocalDate = slot.LocalDate };
                Assert.True(sent.Count <= 8, "more digests than days");
            }
            else
            {
                clock.Advance(TimeSpan.FromMinutes(5));
            }
        }

        for (var day = transitionDate.AddDays(-2); day <= transitionDate.AddDays(2); day = day.AddDays(1))
        {
            Assert.Contains(sent, s => s.Date == day);
        }

        for (var i = 1; i < sent.Count; i++)
        {
            Assert.Equal(sent[i - 1].Date.AddDays(1), sent[i].Date);
            Assert.InRange(sent[i].At - sent[i - 1].At, TimeSpan.FromHours(22), TimeSpan.FromHours(26));
        }

        foreach (var (date, at) in sent)
        {
            var reading = TimeZoneInfo.ConvertTime(at, zone);
            var expected = date == transitionDate ? readingOnTransition : time;
            Assert.Equal(date, DateOnly.FromDateTime(reading.DateTime));
            Assert.Equal(TimeOnly.Parse(expected, CultureInfo.InvariantCulture), TimeOnly.FromDateTime(reading.DateTime));
        }
    }

    [Fact]
    public void Next_UnknownZone_Throws()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => DigestSchedule.Next(Sub("Mars/Olympus", "09:00"), LongAgo));
    }

    private static Subscription Sub(string zone, string time, DateOnly? lastSent = null, DateTimeOffset? createdAt = null) =>
        new(42, TimeOnly.Parse(time, CultureInfo.InvariantCulture), zone, createdAt ?? LongAgo, lastSent, DigestHistory.None);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
