using KrBot.Telegram.Sending;

namespace KrBot.Subscriptions;

/// <summary>A chat that is gone ends its subscription; a migrated group keeps it under its new id.</summary>
internal sealed class SubscriptionChatLifecycle(ISubscriptionStore store) : IChatLifecycle
{
    public async Task ChatGoneAsync(long chatId, CancellationToken cancellationToken) => await store.RemoveAsync(chatId, cancellationToken);

    public Task ChatMigratedAsync(long oldChatId, long newChatId, CancellationToken cancellationToken) =>
        store.MoveChatAsync(oldChatId, newChatId, cancellationToken);
}
