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
    /// <summary>An at-most-once message that may have arrived: not sent again, recorded as unconfirmed.</summary>
    Unconfirmed,
}

internal readonly record struct SendDecision(SendAction Action, TimeSpan Delay = default, string? Reason = null);

/// <summary>
/// What to do after a failed attempt. A message is retried for as long as it is still worth delivering, not a
/// fixed number of times: a Telegram incident of a few minutes must not cost answers. 429 always waits its
/// retry_after; 5xx and network errors back off exponentially, capped, with jitter so that many chats' retries
/// do not return in step. Only when the next try would fall after the message's deadline is it given up.
/// </summary>
internal static class SendRetryPolicy
{
    public const int MaxMigrations = 3;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>Records the failure on <paramref name="send"/> and decides; the fallbacks are taken once each.</summary>
    /// <param name="jitter">A number in [0, 1) that spreads the backoff by ±20 %; tests pass a fixed one.</param>
    public static SendDecision Decide(TelegramError error, PendingSend send, DateTimeOffset now, double jitter)
    {
        switch (error.Kind)
        {
            case TelegramErrorKind.TooManyRequests:
                send.TooManyRequests++;
                return Wait(SendAction.PauseAllAndRetry, error.RetryAfter ?? Backoff(send.TooManyRequests, jitter), send, now, error);
            case TelegramErrorKind.Transient when send.Message.AtMostOnce && error.MayHaveArrived:
                return new(SendAction.Unconfirmed, Reason: $"its request may have arrived ({error}); a digest is never sent twice");
            case TelegramErrorKind.Transient:
                send.Failures++;
                return Wait(SendAction.Retry, Backoff(send.Failures, jitter), send, now, error);
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
                return new(SendAction.GiveUp, Reason: $"Telegram refused it ({error})");
        }
    }

    /// <summary>About 1 s, 2 s, 4 s … up to 30 s for the <paramref name="attempt"/>th failure (1-based), ±20 % by <paramref name="jitter"/>.</summary>
    public static TimeSpan Backoff(int attempt, double jitter = 0.5)
    {
        var plain = attempt >= 6 ? MaxBackoff : TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks << Math.Max(0, attempt - 1)));
        return plain * (0.8 + (0.4 * jitter));
    }

    private static SendDecision Wait(SendAction action, TimeSpan delay, PendingSend send, DateTimeOffset now, TelegramError error) =>
        now + delay > send.Deadline
            ? new(SendAction.GiveUp, Reason: $"still failing ({error}) when it was no longer worth delivering (deadline {send.Deadline:u})")
            : new(action, delay);
}
