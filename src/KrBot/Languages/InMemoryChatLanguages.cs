using System.Collections.Concurrent;
using KrBot.Core.Languages;

namespace KrBot.Languages;

/// <summary>
/// The terminal's chats (the chat command, <c>ask --json</c> conversations): /lang holds for the run and never
/// touches the database, which only the Telegram bot uses for chat settings.
/// </summary>
internal sealed class InMemoryChatLanguages : IChatLanguageStore
{
    private readonly ConcurrentDictionary<long, LanguagePreference> _chats = new();

    public Task<LanguagePreference> GetAsync(long chatId, CancellationToken cancellationToken) =>
        Task.FromResult(_chats.GetValueOrDefault(chatId, LanguagePreference.Auto));

    public Task SetAsync(long chatId, LanguagePreference preference, CancellationToken cancellationToken)
    {
        if (preference == LanguagePreference.Auto) _chats.TryRemove(chatId, out _);
        else _chats[chatId] = preference;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(long chatId, CancellationToken cancellationToken)
    {
        _chats.TryRemove(chatId, out _);
        return Task.CompletedTask;
    }

    public Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        if (_chats.TryRemove(oldChatId, out var preference)) _chats.TryAdd(newChatId, preference);
        return Task.CompletedTask;
    }
}
