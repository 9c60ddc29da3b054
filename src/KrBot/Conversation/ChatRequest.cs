using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Conversation;

/// <summary>
/// A message to answer, from Telegram or the terminal. <see cref="Command"/> is set for slash commands;
/// <see cref="ChatId"/> is 0 in the terminal, where there is no chat to subscribe. <see cref="SentAsGroup"/>:
/// an administrator wrote anonymously, as the group itself, so there is no user to check.
/// </summary>
/// <see cref="Standalone"/>: answered on its own, never as a follow-up (one-off `ask`, plain lines of `ask --json`).
/// <see cref="Preference"/>: a reply language asked for with the request (<c>ask --json</c>'s "lang"), over the chat's
/// own; <see cref="Language"/>: the language the reply is in, set by <see cref="ChatResponder"/> before any handler runs.
internal sealed record ChatRequest(long ChatId, bool IsGroup, long UserId, string Text, SlashCommand? Command, bool SentAsGroup = false, bool Standalone = false)
{
    public bool IsTerminal => ChatId == 0;

    public LanguagePreference? Preference { get; init; }

    public Language Language { get; init; } = Language.English;
}
