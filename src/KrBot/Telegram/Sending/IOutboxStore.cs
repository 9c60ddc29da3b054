namespace KrBot.Telegram.Sending;

/// <summary>
/// The durable side of delivery: which updates were handled, and the messages still owed. An update counts as
/// handled only together with its replies (one transaction), so a crash loses neither; a message leaves the store
/// when Telegram accepted it or it was given up.
/// </summary>
internal interface IOutboxStore
{
    /// <summary>The ids among <paramref name="updateIds"/> that an earlier commit recorded: Telegram delivered them again.</summary>
    Task<IReadOnlySet<int>> FindHandledAsync(IReadOnlyCollection<int> updateIds, CancellationToken cancellationToken);

    /// <summary>Records the updates as handled and stores their replies, in one transaction; returns the replies with their outbox ids.</summary>
    Task<IReadOnlyList<OutgoingMessage>> CommitAsync(IReadOnlyCollection<int> handledUpdateIds, IReadOnlyList<OutgoingMessage> replies, CancellationToken cancellationToken);

    /// <summary>
    /// At start: everything still owed, oldest first. A digest whose request had started when the last process died
    /// is not sent again (it may have arrived): its day is marked unconfirmed and it is left out.
    /// </summary>
    Task<OutboxRecovery> RecoverAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Notes that a request for an at-most-once message is about to go out (<paramref name="attempted"/> true), or
    /// that Telegram certainly did not take it (false: a 429, a 4xx, no connection), so it may go after a restart.
    /// </summary>
    Task MarkAttemptedAsync(long outboxId, bool attempted, CancellationToken cancellationToken);

    /// <summary>Removes finished messages (sent, given up, chat gone) and records the outcome of digests.</summary>
    Task CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken);
}

/// <param name="Pending">Messages to send, in the order they were stored.</param>
/// <param name="Unconfirmed">Digests whose delivery is unknown and which are therefore not sent again.</param>
internal sealed record OutboxRecovery(IReadOnlyList<OutgoingMessage> Pending, IReadOnlyList<(long ChatId, DateOnly LocalDate)> Unconfirmed);

internal sealed record OutboxCompletion(OutgoingMessage Message, SendOutcome Outcome);
