using KrBot.Core.Understanding;

namespace KrBot.Conversation;

/// <summary>
/// A message to answer, from Telegram or the terminal. <see cref="Command"/> is set for slash commands;
/// <see cref="ChatId"/> is 0 in the terminal, where there is no chat to subscribe.
/// </summary>
internal sealed record ChatRequest(long ChatId, bool IsGroup, long UserId, string Text, SlashCommand? Command)
{
    public bool IsTerminal => ChatId == 0;
}
