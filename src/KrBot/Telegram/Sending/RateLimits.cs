namespace KrBot.Telegram.Sending;

/// <summary>
/// <see cref="SenderOptions"/> as spacings. Intervals round up to the tick, so N sends never fit in less than
/// the second (or minute) they are allowed.
/// </summary>
internal sealed record RateLimits(bool Enabled, TimeSpan GlobalInterval, TimeSpan ChatInterval, int GroupPerMinute)
{
    public static RateLimits From(SenderOptions options) => new(
        options.RateLimitsEnabled,
        PerSecond(options.GlobalPerSecond),
        PerSecond(options.PerChatPerSecond),
        options.PerGroupPerMinute);

    private static TimeSpan PerSecond(double rate) => TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / rate));
}
