using Microsoft.Extensions.Logging;

namespace KrBot.Conversation;

internal static partial class ConversationLog
{
    [LoggerMessage(300, LogLevel.Error, "/{Command} in chat {ChatId} could not use the store: {Reason}; the user was told to try again")]
    public static partial void StoreFailed(ILogger logger, string command, long chatId, string reason);

    [LoggerMessage(301, LogLevel.Error, "The reply language of chat {ChatId} could not be read: {Reason}; answering in the language of the question")]
    public static partial void LanguageUnreadable(ILogger logger, long chatId, string reason);
}
