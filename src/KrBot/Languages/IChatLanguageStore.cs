using KrBot.Core.Languages;

namespace KrBot.Languages;

/// <summary>Each chat's reply language (/lang). A chat that never set one is <see cref="LanguagePreference.Auto"/>.</summary>
internal interface IChatLanguageStore
{
    Task<LanguagePreference> GetAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Sets the chat's language; <see cref="LanguagePreference.Auto"/> forgets the setting.</summary>
    Task SetAsync(long chatId, LanguagePreference preference, CancellationToken cancellationToken);

    /// <summary>Forgets the chat's setting (the bot left the chat).</summary>
    Task RemoveAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Moves the setting to <paramref name="newChatId"/> (a group that became a supergroup); one already there wins.</summary>
    Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken);
}
