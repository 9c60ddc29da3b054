using KrBot.Core.Digests;
using KrBot.Core.Languages;
using KrBot.Languages;
using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Subscriptions;

public sealed class DigestSchedulerTests : IDisposable
{
    private const long Chat = 5;

    // 00:30 UTC = 08:30 in Shanghai, half an hour before the default 09:00.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero));
    private readonly TestDatabase _db;
    private readonly RecordingOutbox _sender = new();
    private readonly DigestScheduler _scheduler;

    public DigestSchedulerTests()
    {
        _db = new TestDatabase(_time);
        _scheduler = NewScheduler();
    }

    public void Dispose()
    {
        _scheduler.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task RunDue_BeforeTheTime_SendsNothingAndWakesAtTheTime()
    {
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 58, 0, TimeSpan.Zero));

        var next = await _scheduler.RunDueAsync(default);

        Assert.Empty(_sender.Sent);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public async Task RunDue_AtTheTime_SendsOnce_ThenNotAgainThatDay_ThenNextDay()
    {
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");

        await RunUntil(_time.GetUtcNow().AddHours(23));
        Assert.Equal(1, _sender.DigestsTo(Chat));

        await RunUntil(_time.GetUtcNow().AddHours(2));
        Assert.Equal(2, _sender.DigestsTo(Chat));
    }

    [Fact]
    public async Task RunDue_AfterDowntimeAcrossTheSendTime_SendsLateOnce()
    {
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero)); // 15:00 in Shanghai

        await _scheduler.RunDueAsync(default);
        await _scheduler.RunDueAsync(default);

        Assert.Equal(1, _sender.DigestsTo(Chat));
    }

    [Fact]
    public async Task RunDue_RestartBetweenClaimAndSend_SendsOnceTheLeaseExpires()
    {
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));
        // A previous process claimed today and died before sending.
        Assert.True(await _db.Store.TryClaimAsync(Chat, new DateOnly(2026, 11, 25), _time.GetUtcNow(), DigestScheduler.Lease, default));

        await _scheduler.RunDueAsync(default);
        Assert.Equal(0, _sender.DigestsTo(Chat));

        _time.Advance(DigestScheduler.Lease + TimeSpan.FromSeconds(1));
        await _scheduler.RunDueAsync(default);
        await _scheduler.RunDueAsync(default);
        Assert.Equal(1, _sender.DigestsTo(Chat));
    }

    [Fact]
    public async Task RunDue_QueuesTheDigestAtMostOnce_DeliverableUntilTheEndOfItsLocalDay()
    {
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

        await _scheduler.RunDueAsync(default);

        var digest = Assert.Single(_sender.Sent);
        Assert.True(digest.AtMostOnce);
        Assert.Equal(new DateOnly(2026, 11, 25), digest.DigestDate);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.Zero), digest.Deadline); // midnight in Shanghai
        Assert.True(digest.OutboxId > 0);
        Assert.Equal("queued", await _db.Store.GetDeliveryStatusAsync(Chat, new DateOnly(2026, 11, 25), default));
    }

    [Fact]
    public async Task RunDue_NothingDueSoon_SleepsNoLongerThanMaxSleep()
    {
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");

        Assert.Equal(_time.GetUtcNow() + DigestScheduler.MaxSleep, await _scheduler.RunDueAsync(default));
    }

    [Fact]
    public async Task RunDue_ThousandChatsDueAtOnce_EachGetsExactlyOne()
    {
        for (var chat = 1; chat <= 1000; chat++) await Subscribe(chat, 9, 0, "Asia/Shanghai");

        await RunUntil(_time.GetUtcNow().AddHours(2));

        Assert.All(Enumerable.Range(1, 1000), chat => Assert.Equal(1, _sender.DigestsTo(chat)));
    }

    [Fact]
    public async Task RunDue_ZonesOnBothSidesOfUtc_EachAtItsOwnLocalTime()
    {
        await Subscribe(1, 9, 0, "Asia/Shanghai");       // 01:00 UTC
        await Subscribe(2, 9, 0, "America/Los_Angeles"); // 17:00 UTC

        await RunUntil(new DateTimeOffset(2026, 11, 25, 16, 59, 0, TimeSpan.Zero));
        Assert.Equal((1, 0), (_sender.DigestsTo(1), _sender.DigestsTo(2)));

        await RunUntil(new DateTimeOffset(2026, 11, 25, 17, 1, 0, TimeSpan.Zero));
        Assert.Equal((1, 1), (_sender.DigestsTo(1), _sender.DigestsTo(2)));
    }

    [Theory]
    [InlineData("2027-03-26", "Europe/Berlin", 2, 30)] // spring forward: 02:30 does not exist on the 28th
    [InlineData("2027-10-29", "Europe/Berlin", 2, 30)] // fall back: 02:30 happens twice on the 31st
    [InlineData("2027-03-12", "America/New_York", 2, 30)] // spring forward on the 14th
    [InlineData("2027-11-05", "America/New_York", 1, 30)] // fall back on the 7th
    public async Task RunDue_AcrossDaylightSavingChanges_OneDigestPerLocalDay(string start, string zone, int hour, int minute)
    {
        _time.SetUtcNow(DateTimeOffset.Parse(start + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await Subscribe(Chat, hour, minute, zone);

        await RunUntil(_time.GetUtcNow().AddDays(7));

        Assert.Equal(7, _sender.DigestsTo(Chat));
        var store = await _db.Store.GetAsync(Chat, default);
        Assert.Equal(7, store!.Memory.DigestsSent);
    }

    [Fact]
    public async Task RunDue_UnsubscribedBeforeItsTime_GetsNothing()
    {
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");
        await _db.Store.RemoveAsync(Chat, default);

        await RunUntil(_time.GetUtcNow().AddDays(1));

        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task Digests_RememberWhatWasSent_SoTheStatOfTheDayRotates()
    {
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");

        await RunUntil(_time.GetUtcNow().AddDays(3));

        var stats = _sender.Sent.Select(m => m.PlainText.Split("Stat of the day:\n")[1].Split('\n')[0]).ToList();
        Assert.Equal(3, stats.Count);
        Assert.Equal(3, stats.Distinct().Count());
    }

    [Fact]
    public async Task RunDue_ChatSetToChinese_GetsItsDigestInChinese_OthersInEnglish()
    {
        var languages = new InMemoryChatLanguages();
        await languages.SetAsync(Chat, LanguagePreference.Chinese, default);
        using var scheduler = new DigestScheduler(_db.Store, new DigestComposer(TestKnowledge.Facts), _sender, _time, NullLogger<DigestScheduler>.Instance, languages);
        await Subscribe(Chat, 9, 0, "Asia/Shanghai");
        await Subscribe(Chat + 1, 9, 0, "Asia/Shanghai");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

        await scheduler.RunDueAsync(default);

        Assert.StartsWith("<b>KrBot 每日摘要，2026年11月25日</b>", _sender.Sent.Single(m => m.ChatId == Chat).Html);
        Assert.StartsWith("<b>KrBot digest, 25 November 2026</b>", _sender.Sent.Single(m => m.ChatId == Chat + 1).Html);
    }

    private DigestScheduler NewScheduler() =>
        new(_db.Store, new DigestComposer(TestKnowledge.Facts), _sender, _time, NullLogger<DigestScheduler>.Instance);

    private Task Subscribe(long chat, int hour, int minute, string zone) => _db.Store.UpsertAsync(chat, new TimeOnly(hour, minute), zone, default);

    /// <summary>Drives the scheduler's loop on simulated time: run what is due, jump to when it wants to wake.</summary>
    private async Task RunUntil(DateTimeOffset end)
    {
        while (true)
        {
            var next = await _scheduler.RunDueAsync(default);
            if (next > end) break;
            _time.SetUtcNow(next > _time.GetUtcNow() ? next : _time.GetUtcNow().AddMinutes(1));
        }

        _time.SetUtcNow(end);
        await _scheduler.RunDueAsync(default);
    }
}
