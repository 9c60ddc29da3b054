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

    /// <summary>Retries of a message after 5xx or network errors, with exponential backoff. 429s do not count.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>Requests in flight at once (different chats only: one chat's messages go one at a time, in order).</summary>
    [Range(1, 64)]
    public int MaxConcurrentSends { get; set; } = 8;
}
