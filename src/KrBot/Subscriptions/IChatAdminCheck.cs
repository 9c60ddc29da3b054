namespace KrBot.Subscriptions;

/// <summary>Whether a user may change a group's subscription: only its administrators may.</summary>
internal interface IChatAdminCheck
{
    Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken cancellationToken);
}

/// <summary>The safe default where there is no Telegram to ask: nobody administers a group.</summary>
internal sealed class NoGroupAdmins : IChatAdminCheck
{
    public Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken cancellationToken) => Task.FromResult(false);
}
