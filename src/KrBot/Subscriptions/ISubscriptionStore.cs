using KrBot.Core.Digests;
using KrBot.Telegram.Sending;

namespace KrBot.Subscriptions;

/// <summary>
/// Durable subscriptions and their delivery records. Delivery is at most once per (chat, local date): a day is
/// claimed under a lease, then queued in the outbox together with the chat's new memory; a claim whose holder died
/// before queueing becomes claimable again once its lease expires, so such a crash delays the digest instead of losing it.
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

    /// <summary>
    /// Stores the digest's messages in the outbox, records the day as queued (so it is never claimed again) and keeps
    /// the chat's new memory, in one transaction. Returns the stored messages; none when the chat is no longer subscribed.
    /// </summary>
    Task<IReadOnlyList<OutgoingMessage>> QueueDigestAsync(long chatId, DateOnly localDate, DigestHistory memory, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);

    /// <summary>How the digest of that day went: queued, sent, unconfirmed (the bot stopped while sending it), failed; null if none.</summary>
    Task<string?> GetDeliveryStatusAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the subscription, its memory and its delivery records to <paramref name="newChatId"/> (a group that became a
    /// supergroup). When the new id is already subscribed, its own settings and memory win and it inherits the sent days.
    /// </summary>
    Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken);
}
