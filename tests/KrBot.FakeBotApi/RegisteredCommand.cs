namespace KrBot.FakeBotApi;

/// <summary>A command currently set with setMyCommands for one scope and language.</summary>
/// <param name="Command">The name without '/'.</param>
/// <param name="Description">The text shown in the command menu.</param>
/// <param name="ScopeType">The scope's type: "default", "all_private_chats", "all_group_chats", "chat", ...</param>
/// <param name="ScopeChatId">The scope's chat_id, for the chat-specific scopes.</param>
/// <param name="ScopeUserId">The scope's user_id, for "chat_member".</param>
/// <param name="LanguageCode">The language the list is for, or null for all.</param>
public sealed record RegisteredCommand(
    string Command,
    string Description,
    string ScopeType,
    long? ScopeChatId,
    long? ScopeUserId,
    string? LanguageCode);
