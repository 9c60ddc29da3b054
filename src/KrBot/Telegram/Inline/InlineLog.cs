using Microsoft.Extensions.Logging;

namespace KrBot.Telegram.Inline;

internal static partial class InlineLog
{
    [LoggerMessage(410, LogLevel.Debug, "Inline query from user {UserId} dropped: over the flood limit")]
    public static partial void Flooded(ILogger logger, long userId);

    [LoggerMessage(411, LogLevel.Warning, "Answering an inline query from user {UserId} failed; it is not retried")]
    public static partial void AnswerFailed(ILogger logger, long userId, Exception exception);
}
