namespace KrBot.Telegram.Sending;

/// <summary>Told when a chat disappears (403) or a group becomes a supergroup, so its state can follow.</summary>
internal interface IChatLifecycle
{
    Task ChatGoneAsync(long chatId, CancellationToken cancellationToken);

    Task ChatMigratedAsync(long oldChatId, long newChatId, CancellationToken cancellationToken);
}
