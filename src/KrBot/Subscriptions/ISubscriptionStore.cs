using KrBot.Core.Digests;
namespace KrBot.Subscriptions;

/// <summary>
/// Durable subscriptions and their delivery records. Delivery is exactly-once per (chat, local date): a day is
/// claimed under a lease, then either marked sent or released; a claim whose holder died becomes claimable again
/// once its lease expires, so a crash between claim and send delays that day's digest instead of losing it.
/// </summary>
internal interface ISubscriptionStore
{
    /// <summary>Creates the database folder and schema and runs pending migrations. Safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Subscribes the chat, or changes its time and zone, keeping its memory, last sent date and creation time.</summary>
    Task<Subscription> UpsertAsync(long chatId, TimeOnly localTime, string timeZoneId, CancellationToken cancellationToken);

    /// <summary>Removes the subscription and its delivery records; false when the chat was not subscribed.</summary>
    Task<bool> RemoveAsync(long chatId, CancellationToken cancellationToken);

    Task<Subscription?> GetAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>All subscriptions, ordered by chat id.</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims the chat's digest for <paramref name="localDate"/> until <paramref name="now"/> + <paramref name="lease"/>.
    /// False when the chat is not subscribed, the day is already sent (or not after the last sent date), or another
    /// claim's lease or a release's retry time has not passed yet.
    /// </summary>
    Task<bool> TryClaimAsync(long chatId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks the day sent and stores the new memory in one transaction. Does nothing when the chat is no longer subscribed.</summary>
    Task MarkSentAsync(long chatId, DateOnly localDate, DigestHistory memory, CancellationToken cancellationToken);

    /// <summary>Gives a claimed day back after a failed send; it cannot be claimed again before <paramref name="retryAt"/>.</summary>
    Task ReleaseClaimAsync(long chatId, DateOnly localDate, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the subscription, its memory and its delivery records to <paramref name="newChatId"/> (a group that became a
    /// supergroup). When the new id is already subscribed, its own settings and memory win and it inherits the sent days.
    /// </summary>
    Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken);
}
