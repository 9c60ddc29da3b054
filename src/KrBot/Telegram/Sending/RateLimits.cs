namespace KrBot.Telegram.Sending;

/// <summary>
/// <see cref="SenderOptions"/> as spacings, each <see cref="Margin"/> wider than the limit itself. Requests reach
/// Telegram a few milliseconds earlier or later than they leave; paced exactly at 30 a second, the 31st of some
/// second then arrives within it, and Telegram's answer (429) pauses every chat for a second or more. The margin
/// absorbs about 20 ms of such jitter per 30 sends (delays before a request leaves are absorbed by
/// SendScheduler.Departed). 2% was measured (docs/benchmarks.md): three replicas' digests drew no 429 from a strict
/// counter, and 1,000 of them took 104% of the time 30/s allows. Intervals round up to the tick, so N sends never fit
/// in less than the second (or minute) they are allowed.
/// </summary>
internal sealed record RateLimits(bool Enabled, TimeSpan GlobalInterval, TimeSpan ChatInterval, int GroupPerMinute, TimeSpan GroupWindow)
{
    public const double Margin = 0.02;

    public static RateLimits From(SenderOptions options) => new(
        options.RateLimitsEnabled,
        PerSecond(options.GlobalPerSecond),
        PerSecond(options.PerChatPerSecond),
        options.PerGroupPerMinute,
        TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerMinute * (1 + Margin))));

    private static TimeSpan PerSecond(double rate) => TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond * (1 + Margin) / rate));
}
