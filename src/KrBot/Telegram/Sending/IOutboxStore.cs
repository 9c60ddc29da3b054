namespace KrBot.Telegram.Sending;

/// <summary>
/// The durable side of delivery: which updates were handled, and the messages still owed. An update counts as
/// handled only together with its replies (one transaction), so a crash loses neither; a message leaves the store
/// when Telegram accepted it or it was given up. Several replicas may share the store: one sender at a time takes
/// the rows (<see cref="TakeAsync"/>), and an update is answered by whichever replica records it first.
/// </summary>
internal interface IOutboxStore
{
    /// <summary>The ids among <paramref name="updateIds"/> that an earlier commit recorded: Telegram delivered them again.</summary>
    Task<IReadOnlySet<int>> FindHandledAsync(IReadOnlyCollection<int> updateIds, CancellationToken cancellationToken);

    /// <summary>
    /// Records the updates as handled and stores their replies, in one transaction; returns the replies stored, with
    /// their outbox ids. An update already recorded (by another replica meanwhile) keeps its first answer: its replies
    /// here are dropped.
    /// </summary>
    Task<IReadOnlyList<OutgoingMessage>> CommitAsync(IReadOnlyList<HandledUpdate> updates, CancellationToken cancellationToken);

    /// <summary>
    /// At start of a lone sender: everything still owed, oldest first. A digest whose request had started when the last
    /// process died is not sent again (it may have arrived): its day is marked unconfirmed and it is left out.
    /// </summary>
    Task<OutboxRecovery> RecoverAsync(CancellationToken cancellationToken);

    /// <summary>
    /// For the sender holding the lease: marks up to <paramref name="limit"/> rows not yet taken by
    /// <paramref name="holder"/> as its own and returns them, oldest first. Digests that another sender had started are
    /// left out and their days marked unconfirmed, as in <see cref="RecoverAsync"/>.
    /// </summary>
    Task<OutboxRecovery> TakeAsync(string holder, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Notes that a request for an at-most-once message is about to go out (<paramref name="attempted"/> true), or
    /// that Telegram certainly did not take it (false: a 429, a 4xx, no connection), so it may go after a restart.
    /// </summary>
    Task MarkAttemptedAsync(long outboxId, bool attempted, CancellationToken cancellationToken);

    /// <summary>Removes finished messages (sent, given up, chat gone) and records the outcome of digests.</summary>
    Task CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken);

    /// <summary>How many messages are owed, and since when the oldest, for the metrics.</summary>
    Task<OutboxDepth> MeasureAsync(CancellationToken cancellationToken);
}

/// <summary>An update recorded as handled, with the replies it owes (none for most non-messages).</summary>
internal sealed record HandledUpdate(int Id, IReadOnlyList<OutgoingMessage> Replies);

/// <param name="Pending">Messages to send, in the order they were stored.</param>
/// <param name="Unconfirmed">Digests whose delivery is unknown and which are therefore not sent again.</param>
internal sealed record OutboxRecovery(IReadOnlyList<OutgoingMessage> Pending, IReadOnlyList<(long ChatId, DateOnly LocalDate)> Unconfirmed);

internal sealed record OutboxCompletion(OutgoingMessage Message, SendOutcome Outcome);

/// <param name="Count">Messages owed.</param>
/// <param name="OldestCreatedAt">When the oldest of them was stored; null when none is.</param>
internal sealed record OutboxDepth(long Count, DateTimeOffset? OldestCreatedAt);
