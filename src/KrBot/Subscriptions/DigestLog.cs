using Microsoft.Extensions.Logging;

namespace KrBot.Subscriptions;

internal static partial class DigestLog
{
    [LoggerMessage(101, LogLevel.Information, "Digest for {LocalDate} sent to chat {ChatId}")]
    public static partial void Sent(ILogger logger, long chatId, DateOnly localDate);

    [LoggerMessage(102, LogLevel.Warning, "Digest for {LocalDate} to chat {ChatId} failed ({Reason}); it will be retried")]
    public static partial void WillRetry(ILogger logger, long chatId, DateOnly localDate, string reason);

    [LoggerMessage(103, LogLevel.Information, "Chat {ChatId} is gone; its subscription ended")]
    public static partial void ChatGone(ILogger logger, long chatId);

    [LoggerMessage(104, LogLevel.Error, "Digest delivery to chat {ChatId} failed; the day will be retried when its claim expires")]
    public static partial void DeliveryFailed(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(105, LogLevel.Error, "Chat {ChatId} has a time zone this machine does not know; its digest is skipped")]
    public static partial void UnknownZone(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(106, LogLevel.Error, "The subscription store could not be read; trying again later")]
    public static partial void StoreFailed(ILogger logger, Exception exception);
}
