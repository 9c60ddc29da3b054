using KrBot.Core.Understanding;

namespace KrBot.Telegram.Routing;

internal enum MessageRouteKind
{
    /// <summary>Not for us: group chatter, another bot's command, an edit, a service message.</summary>
    Ignore,
    /// <summary>Text to answer: a question, or a slash command for us.</summary>
    Ask,
    /// <summary>A sticker, photo or voice note in a private chat: we explain we read text.</summary>
    NotText,
    /// <summary>The group became a supergroup with a new id: its state moves.</summary>
    Migrated,
}

/// <summary>What to do with one incoming message; <see cref="Text"/> has any @mention of the bot removed.</summary>
internal sealed record MessageRoute(MessageRouteKind Kind, string Text = "", SlashCommand? Command = null, long NewChatId = 0)
{
    public static MessageRoute Ignore { get; } = new(MessageRouteKind.Ignore);
}
