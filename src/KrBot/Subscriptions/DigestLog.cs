using Microsoft.Extensions.Logging;

namespace KrBot.Subscriptions;

internal static partial class DigestLog
{
    [LoggerMessage(101, LogLevel.Information, "Digest for {LocalDate} queued for chat {ChatId}")]
    public static partial void Queued(ILogger logger, long chatId, DateOnly localDate);

    [LoggerMessage(104, LogLevel.Error, "Digest for chat {ChatId} could not be queued; the day will be tried again when its claim expires")]
    public static partial void DeliveryFailed(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(105, LogLevel.Error, "Chat {ChatId} has a time zone this machine does not know; its digest is skipped")]
    public static partial void UnknownZone(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(106, LogLevel.Error, "The subscription store could not be read; trying again later")]
    public static partial void StoreFailed(ILogger logger, Exception exception);
}
