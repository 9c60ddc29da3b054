using System.ComponentModel.DataAnnotations;

namespace KrBot.Telegram.Sending;

/// <summary>
/// The "Telegram:Sender" section. Defaults follow Telegram's published limits: about 30 messages/s overall,
/// 1 message/s per chat, 20 messages/minute per group.
/// </summary>
internal sealed class SenderOptions
{
    public const string Section = "Telegram:Sender";

    /// <summary>Off only for benchmarks and tests against the fake Bot API.</summary>
    public bool RateLimitsEnabled { get; set; } = true;

    [Range(1, 1000)]
    public int GlobalPerSecond { get; set; } = 30;

    [Range(0.01, 100)]
    public double PerChatPerSecond { get; set; } = 1;

    [Range(1, 1000)]
    public int PerGroupPerMinute { get; set; } = 20;

    /// <summary>
    /// How long an answer stays worth delivering: through 429s, 5xx and network errors it is retried until it is this
    /// old, then given up and logged. Digests stay deliverable until the end of their local day instead.
    /// </summary>
    [Range(1, 24 * 60)]
    public int MaxAgeMinutes { get; set; } = 60;

    /// <summary>
    /// Storage:Provider=postgres: one replica at a time sends (so Telegram's limits hold for the bot, not per replica);
    /// it renews this lease every third of it, and when it dies another takes over once the lease has run out.
    /// </summary>
    [Range(3, 300)]
    public int LeaseSeconds { get; set; } = 10;

    /// <summary>Storage:Provider=postgres: how often the sending replica looks for messages other replicas stored.</summary>
    [Range(10, 60_000)]
    public int OutboxPollMilliseconds { get; set; } = 200;

    /// <summary>Requests in flight at once (different chats only: one chat's messages go one at a time, in order).</summary>
    [Range(1, 64)]
    public int MaxConcurrentSends { get; set; } = 8;
}
