using Microsoft.Extensions.Logging;

namespace KrBot.Telegram.Sending;

/// <summary>The outbox's log messages (event ids 200–299). Chat ids and counts only, never message text.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(200, LogLevel.Information, "{Count} messages owed since the last run are being sent")]
    public static partial void Recovered(ILogger logger, int count);

    [LoggerMessage(201, LogLevel.Warning, "The digest of {LocalDate} for chat {ChatId} was being sent when the bot stopped; it may or may not have arrived and is not sent again")]
    public static partial void DigestUnconfirmed(ILogger logger, long chatId, DateOnly localDate);

    [LoggerMessage(202, LogLevel.Error, "Could not read the messages owed from the last run: {Reason}. Trying again in a few seconds")]
    public static partial void RecoveryFailed(ILogger logger, string reason);

    [LoggerMessage(203, LogLevel.Error, "Could not record {Count} delivered messages as done: {Reason}. Retrying; a restart before then would send them again")]
    public static partial void CompletionNotRecorded(ILogger logger, int count, string reason);
}
