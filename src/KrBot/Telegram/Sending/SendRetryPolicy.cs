namespace KrBot.Telegram.Sending;

internal enum SendAction
{
    /// <summary>Send the message again after <see cref="SendDecision.Delay"/>; the chat's later messages wait.</summary>
    Retry,
    /// <summary>Like <see cref="Retry"/>, and nothing goes to any chat before then.</summary>
    PauseAllAndRetry,
    /// <summary>Tell the lifecycle, then send this and the chat's other messages to the new id.</summary>
    Migrate,
    /// <summary>Give up on this chat and everything queued for it.</summary>
    ChatGone,
    GiveUp,
}

internal readonly record struct SendDecision(SendAction Action, TimeSpan Delay = default);

/// <summary>
/// What to do after a failed attempt. No jitter on the backoff: every send, retries included, passes the global
/// spacing, so retries of many chats cannot arrive at Telegram in one burst anyway.
/// </summary>
internal static class SendRetryPolicy
{
    /// <summary>A server that answers 429 forever must not keep a message (and its chat) waiting forever.</summary>
    public const int MaxTooManyRequests = 10;

    public const int MaxMigrations = 3;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>Records the failure on <paramref name="send"/> and decides; the fallbacks are taken once each.</summary>
    public static SendDecision Decide(TelegramError error, PendingSend send, int maxRetries)
    {
        switch (error.Kind)
        {
            case TelegramErrorKind.TooManyRequests:
                send.TooManyRequests++;
                return send.TooManyRequests > MaxTooManyRequests
                    ? new(SendAction.GiveUp)
                    : new(SendAction.PauseAllAndRetry, error.RetryAfter ?? Backoff(send.TooManyRequests));
            case TelegramErrorKind.Transient:
                send.Failures++;
                return send.Failures > maxRetries ? new(SendAction.GiveUp) : new(SendAction.Retry, Backoff(send.Failures));
            case TelegramErrorKind.CantParseEntities when !send.AsPlainText:
                send.AsPlainText = true;
                return new(SendAction.Retry);
            case TelegramErrorKind.ReplyTargetMissing when !send.WithoutReply && send.Message.ReplyToMessageId is not null:
                send.WithoutReply = true;
                return new(SendAction.Retry);
            case TelegramErrorKind.ChatGone:
                return new(SendAction.ChatGone);
            case TelegramErrorKind.ChatMigrated when send.Migrations < MaxMigrations:
                send.Migrations++;
                return new(SendAction.Migrate);
            default:
                return new(SendAction.GiveUp);
        }
    }

    /// <summary>1 s, 2 s, 4 s … up to 30 s, for the <paramref name="attempt"/>th failure (1-based).</summary>
    public static TimeSpan Backoff(int attempt) =>
        attempt >= 6 ? MaxBackoff : TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks << Math.Max(0, attempt - 1)));
}
