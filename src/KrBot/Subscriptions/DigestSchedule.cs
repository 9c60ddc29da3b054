namespace KrBot.Subscriptions;

/// <summary>The local date whose digest is next owed, and the UTC instant it is due (in the past when it is late).</summary>
internal sealed record DigestSlot(DateOnly LocalDate, DateTimeOffset DueAtUtc);

/// <summary>
/// When a subscription's next digest is due. Pure: the caller passes the clock reading, so the same rules serve the
/// scheduler, a restart and tests.
/// </summary>
internal static class DigestSchedule
{
    // Local time is UTC plus an offset between -12 h and +14 h, so the instant a local clock reaches a given reading
    // lies within these bounds of that reading taken as UTC.
    private static readonly TimeSpan SearchBefore = TimeSpan.FromHours(15);
    private static readonly TimeSpan SearchAfter = TimeSpan.FromHours(13);

    /// <summary>
    /// One digest per local day: today if it is not sent yet (due at today's time, or already overdue after downtime),
    /// otherwise tomorrow. Missed earlier days are not back-filled, and a subscription created after today's time starts
    /// tomorrow. Throws <see cref="TimeZoneNotFoundException"/> for a zone this machine does not know.
    /// </summary>
    public static DigestSlot Next(Subscription subscription, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.TimeZoneId);

        var date = LocalDate(nowUtc, zone);
        if (subscription.LastSentLocalDate is { } lastSent && lastSent >= date)
        {
            // After a move to a zone further west, the last sent date can be "tomorrow" here: that day is done too.
            date = lastSent.AddDays(1);
        }

        var createdDate = LocalDate(subscription.CreatedAt, zone);
        var firstOwed = DueAt(createdDate, subscription.LocalTime, zone) >= subscription.CreatedAt ? createdDate : createdDate.AddDays(1);
        if (firstOwed > date)
        {
            date = firstOwed;
        }

        return new DigestSlot(date, DueAt(date, subscription.LocalTime, zone));
    }

    public static DateOnly LocalDate(DateTimeOffset nowUtc, string timeZoneId) =>
        LocalDate(nowUtc, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>
    /// The first instant at which the zone's clock reads <paramref name="time"/> or later on <paramref name="date"/>:
    /// a time skipped by spring-forward is due when the gap ends, a time repeated by fall-back at its first occurrence.
    /// </summary>
    public static DateTimeOffset DueAt(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        if (zone.IsAmbiguousTime(local))
        {
            // The earlier occurrence is the one with the larger offset (still on summer time).
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }

        if (!zone.IsInvalidTime(local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }

        return EndOfGap(local, zone);
    }

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    // Inside a gap the clock jumps over the reading, so search for the first UTC instant whose local reading is at or
    // past it. Gaps are months away from any fall-back, so local time only rises across the searched window.
    private static DateTimeOffset EndOfGap(DateTime local, TimeZoneInfo zone)
    {
        var asUtc = new DateTimeOffset(local.Ticks, TimeSpan.Zero);
        var before = (asUtc - SearchBefore).UtcTicks;
        var after = (asUtc + SearchAfter).UtcTicks;
        while (after - before > 1)
        {
            var middle = before + ((after - before) / 2);
            if (TimeZoneInfo.ConvertTime(new DateTimeOffset(middle, TimeSpan.Zero), zone).DateTime >= local)
            {
                after = middle;
            }
            else
            {
                before = middle;
            }
        }

        return new DateTimeOffset(after, TimeSpan.Zero);
    }
}
