namespace KrBot.Telegram.Sending;

internal enum SendStatus
{
    Sent,
    /// <summary>Telegram answered 403 (blocked, kicked, deleted): nothing more goes to this chat.</summary>
    ChatGone,
    /// <summary>Too old to be worth delivering any more, or a request Telegram will never accept.</summary>
    Failed,
    /// <summary>An at-most-once message whose request may or may not have arrived (a timeout, a 5xx): not sent again.</summary>
    Unconfirmed,
    Cancelled,
}

/// <summary>What became of a message. <see cref="ChatId"/> is where it went: a new id if the group was migrated.</summary>
internal sealed record SendOutcome(SendStatus Status, long ChatId, int? MessageId = null, string? Error = null);
