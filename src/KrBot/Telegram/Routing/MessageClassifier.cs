using KrBot.Core.Understanding;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram.Routing;

/// <summary>
/// Group etiquette in one place. In a private chat every text is for us. In a group (privacy mode on, as by
/// default) we answer commands addressed to us or to no bot in particular, replies to our own messages, and
/// messages that mention us; ordinary chatter and other bots' commands are left alone.
/// </summary>
internal static class MessageClassifier
{
    public static MessageRoute Classify(Message message, BotIdentity bot)
    {
        if (message.MigrateToChatId is { } newChatId) return new MessageRoute(MessageRouteKind.Migrated, NewChatId: newChatId);
        // Other bots are ignored, but an anonymous group admin also posts as a bot (GroupAnonymousBot), on behalf
        // of the group itself.
        if (message.From is { IsBot: true } && !IsAnonymousAdmin(message)) return MessageRoute.Ignore;

        var isPrivate = message.Chat.Type == ChatType.Private;
        if (message.Text is not { } text || string.IsNullOrWhiteSpace(text))
            return isPrivate && !message.IsServiceMessage ? new MessageRoute(MessageRouteKind.NotText) : MessageRoute.Ignore;

        if (SlashCommand.TryParse(text) is { } command)
            return command.IsFor(bot.Username) ? new MessageRoute(MessageRouteKind.Ask, text, command) : MessageRoute.Ignore;
        if (isPrivate) return new MessageRoute(MessageRouteKind.Ask, text);

        if (bot.Username.Length > 0 && bot.Mention.IsMatch(text))
            return new MessageRoute(MessageRouteKind.Ask, bot.Mention.Replace(text, " ").Trim());
        if (message.ReplyToMessage?.From?.Id is { } repliedTo && repliedTo == bot.Id)
            return new MessageRoute(MessageRouteKind.Ask, text);
        return MessageRoute.Ignore;
    }

    /// <summary>A message an administrator sent as the group itself: Telegram marks it with the group as sender.</summary>
    public static bool IsAnonymousAdmin(Message message) => message.SenderChat is { } sender && sender.Id == message.Chat.Id;
}
