using KrBot.Core.Understanding;

namespace KrBot.Conversation;

/// <summary>
/// A message to answer, from Telegram or the terminal. <see cref="Command"/> is set for slash commands;
/// <see cref="ChatId"/> is 0 in the terminal, where there is no chat to subscribe. <see cref="SentAsGroup"/>:
/// an administrator wrote anonymously, as the group itself, so there is no user to check.
/// </summary>
/// <see cref="Standalone"/>: answered on its own, never as a follow-up (one-off `ask`, plain lines of `ask --json`).
internal sealed record ChatRequest(long ChatId, bool IsGroup, long UserId, string Text, SlashCommand? Command, bool SentAsGroup = false, bool Standalone = false)
{
    public bool IsTerminal => ChatId == 0;
}
