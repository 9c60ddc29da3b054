using Microsoft.Extensions.Logging;

namespace KrBot.Telegram.Sending;

/// <summary>
/// The outbound sender's log messages (event ids 100–199). Chat ids and error codes only: never message text,
/// never the token. Exceptions go in the exception parameter.
/// </summary>
internal static partial class SenderLog
{
    [LoggerMessage(100, LogLevel.Warning, "Telegram answered 429 for chat {ChatId}: all sending paused for {RetryAfter} (429 number {Count} for this message)")]
    public static partial void TooManyRequests(ILogger logger, long chatId, TimeSpan retryAfter, int count);

    // One line: a Telegram incident produces many of these, and the stack trace says nothing the error does not.
    [LoggerMessage(101, LogLevel.Warning, "Sending to chat {ChatId} failed ({Error}); retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, long chatId, string error, int retry, TimeSpan delay);

    [LoggerMessage(102, LogLevel.Warning, "Telegram could not parse our HTML for chat {ChatId}; resending as plain text")]
    public static partial void ResendingAsPlainText(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(103, LogLevel.Information, "The message being answered in chat {ChatId} is gone; resending without the reply")]
    public static partial void ResendingWithoutReply(ILogger logger, long chatId);

    [LoggerMessage(104, LogLevel.Information, "Chat {ChatId} is gone ({ErrorCode}); dropped {Dropped} more queued messages and stopped sending to it")]
    public static partial void ChatGone(ILogger logger, long chatId, int errorCode, int dropped);

    [LoggerMessage(105, LogLevel.Information, "Group {ChatId} became supergroup {NewChatId}; sending there")]
    public static partial void ChatMigrated(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(106, LogLevel.Error, "Gave up on a message to chat {ChatId}: {Reason}")]
    public static partial void GaveUp(ILogger logger, long chatId, string reason);

    [LoggerMessage(110, LogLevel.Error, "Sending to chat {ChatId} failed unexpectedly; the message is given up")]
    public static partial void SendCrashed(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(112, LogLevel.Warning, "Could not note that Telegram did not take a digest for chat {ChatId}; if the bot stops before it goes out, it counts as unconfirmed")]
    public static partial void AttemptNotCleared(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(111, LogLevel.Warning, "Could not record that a digest for chat {ChatId} is being sent; not sending it yet, retry in {Delay}")]
    public static partial void AttemptNotRecorded(ILogger logger, long chatId, TimeSpan delay, Exception exception);

    [LoggerMessage(107, LogLevel.Error, "Telling the chat lifecycle about chat {ChatId} failed")]
    public static partial void LifecycleFailed(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(108, LogLevel.Critical, "The outbound sender's dispatch loop failed; nothing more can be sent, so the bot stops")]
    public static partial void DispatcherFailed(ILogger logger, Exception exception);

    [LoggerMessage(109, LogLevel.Information, "Stopping: {Count} messages not sent yet stay in the outbox and go out after the next start")]
    public static partial void LeftAtShutdown(ILogger logger, int count);
}
