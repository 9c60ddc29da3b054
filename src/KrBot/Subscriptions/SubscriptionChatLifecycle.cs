using KrBot.Languages;
using KrBot.Telegram.Sending;

namespace KrBot.Subscriptions;

/// <summary>A chat that is gone ends its subscription and forgets its settings; a migrated group keeps both under its new id.</summary>
internal sealed class SubscriptionChatLifecycle(ISubscriptionStore store, IChatLanguageStore languages) : IChatLifecycle
{
    public async Task ChatGoneAsync(long chatId, CancellationToken cancellationToken)
    {
        await store.RemoveAsync(chatId, cancellationToken);
        await languages.RemoveAsync(chatId, cancellationToken);
    }

    public async Task ChatMigratedAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        await store.MoveChatAsync(oldChatId, newChatId, cancellationToken);
        await languages.MoveChatAsync(oldChatId, newChatId, cancellationToken);
    }
}
