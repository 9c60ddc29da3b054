using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram;

/// <summary>
/// The Telegram side's log messages. Chat ids and error codes only: never message text, never the token.
/// Exceptions go in the exception parameter.
/// </summary>
internal static partial class TelegramLog
{
    [LoggerMessage(1, LogLevel.Information, "Connected to Telegram as @{Username} ({BotId})")]
    public static partial void Connected(ILogger logger, string username, long botId);

    [LoggerMessage(2, LogLevel.Critical, "Telegram rejected the bot token (401 Unauthorized): check Telegram:BotToken. Stopping.")]
    public static partial void TokenRejected(ILogger logger);

    // One line with the reason: an outage repeats this every few seconds, and the stack trace adds nothing.
    [LoggerMessage(3, LogLevel.Warning, "Telegram could not be reached ({Reason}); retrying in {DelaySeconds:F1} s")]
    public static partial void Unreachable(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(4, LogLevel.Error, "Another process is polling with this token (409 Conflict); retrying in {Delay}")]
    public static partial void PollingConflict(ILogger logger, TimeSpan delay);

    [LoggerMessage(5, LogLevel.Error, "Update {UpdateId} could not be handled and was skipped")]
    public static partial void UpdateFailed(ILogger logger, int updateId, Exception exception);

    [LoggerMessage(6, LogLevel.Debug, "Update {UpdateId} was already handled (redelivered); skipped")]
    public static partial void DuplicateUpdate(ILogger logger, int updateId);

    [LoggerMessage(7, LogLevel.Debug, "Update {UpdateId} of type {Type} is not one we handle; ignored")]
    public static partial void IgnoredUpdate(ILogger logger, int updateId, UpdateType type);

    [LoggerMessage(8, LogLevel.Warning, "Could not acknowledge a button press")]
    public static partial void CallbackAckFailed(ILogger logger, Exception exception);

    [LoggerMessage(9, LogLevel.Information, "Chat {ChatId} became supergroup {NewChatId}; its state moves there")]
    public static partial void ChatMigrated(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(10, LogLevel.Information, "Removed from chat {ChatId}; nothing more will be sent there")]
    public static partial void RemovedFromChat(ILogger logger, long chatId);

    [LoggerMessage(11, LogLevel.Information, "Flood control: told chat {ChatId} to slow down")]
    public static partial void FloodWarned(ILogger logger, long chatId);

    [LoggerMessage(12, LogLevel.Warning, "Could not publish the command menu (setMyCommands)")]
    public static partial void MenuFailed(ILogger logger, Exception exception);

    [LoggerMessage(13, LogLevel.Information, "Published {Count} commands to Telegram's menu")]
    public static partial void MenuPublished(ILogger logger, int count);

    [LoggerMessage(14, LogLevel.Error, "Update {UpdateId} could not be read and was skipped: {Problem}")]
    public static partial void UnreadableUpdate(ILogger logger, int? updateId, string problem);

    [LoggerMessage(15, LogLevel.Error, "The store could not be read ({Reason}); redelivered updates may be answered twice")]
    public static partial void StoreUnavailable(ILogger logger, string reason);

    [LoggerMessage(16, LogLevel.Error, "The store could not take {Count} replies ({Reason}); sending them from memory, so a restart before they go out loses them")]
    public static partial void RepliesNotStored(ILogger logger, int count, string reason);

    [LoggerMessage(17, LogLevel.Warning, "Telegram's answer to getUpdates was not valid JSON (a proxy's error page?); retrying in {DelaySeconds:F1} s")]
    public static partial void UnreadableBatch(ILogger logger, double delaySeconds);

    [LoggerMessage(19, LogLevel.Information, "Telegram had a webhook set (webhook mode); deleted it to poll (pending updates are kept)")]
    public static partial void WebhookDeleted(ILogger logger);

    [LoggerMessage(20, LogLevel.Information, "Webhook set: Telegram posts updates to {Url}")]
    public static partial void WebhookSet(ILogger logger, string url);

    [LoggerMessage(21, LogLevel.Warning, "A webhook request with a missing or wrong secret token was refused (401)")]
    public static partial void WebhookSecretMismatch(ILogger logger);

    // The warnings above are one line each; the whole exception is there for whoever turns Debug on.
    [LoggerMessage(18, LogLevel.Debug, "Details of the failed Telegram request")]
    public static partial void RequestFailureDetail(ILogger logger, Exception exception);
}
