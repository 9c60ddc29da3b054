using KrBot.Operations;
using KrBot.Storage;
using KrBot.Telegram.Routing;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// The one entry point for updates, whatever received them (getUpdates or a webhook). For a batch: drops those
/// already handled (Telegram redelivers after a crash or when a webhook answer is late, and may restart its ids lower
/// after a quiet week, so repeats are known by recorded ids, never by comparing with an offset), routes the rest one
/// by one, then records them as handled and stores their replies in one transaction, and hands the replies to the
/// outbox. The caller confirms the batch to Telegram only after this returns, so from then on every reply is owed
/// and kept until delivered.
/// </summary>
internal sealed class UpdateIntake(
    UpdateRouter router,
    IOutboxStore store,
    IOutbox outbox,
    BotMetrics metrics,
    IOptions<SenderOptions> options,
    TimeProvider timeProvider,
    ILogger<UpdateIntake> logger)
{
    /// <summary>
    /// Handles the batch; true when it was stored. When the store fails, the replies go out from memory if
    /// <paramref name="deliverUnstored"/> (polling: Telegram forgets the batch either way), else not at all (a webhook
    /// answers an error instead, and Telegram sends the update again later).
    /// </summary>
    public async Task<bool> HandleAsync(IReadOnlyList<IncomingUpdate> batch, string receiver, bool deliverUnstored, CancellationToken cancellationToken)
    {
        var received = timeProvider.GetUtcNow();
        metrics.UpdatesReceived(batch.Count, receiver);
        var ids = batch.Where(u => u.Id is not null).Select(u => u.Id!.Value).ToList();
        var handledBefore = await FindHandledAsync(ids, cancellationToken);
        var deadline = received + TimeSpan.FromMinutes(options.Value.MaxAgeMinutes);
        var handled = new List<HandledUpdate>();
        foreach (var incoming in batch)
        {
            if (incoming.Id is { } seen && handledBefore.Contains(seen))
            {
                TelegramLog.DuplicateUpdate(logger, seen);
                continue;
            }

            // An update without a readable id cannot be read at all: RouteAsync logs it, and it has no replies to record.
            var replies = await RouteAsync(incoming, cancellationToken);
            if (incoming.Id is { } id)
            {
                handled.Add(new HandledUpdate(id, replies.Select(r => r with { Deadline = r.Deadline ?? deadline, CreatedAt = received }).ToList()));
            }
        }

        var (stored, committed) = await CommitAsync(handled, cancellationToken);
        if (committed || deliverUnstored) outbox.Deliver(stored);
        return committed;
    }

    private async Task<IReadOnlyList<OutgoingMessage>> RouteAsync(IncomingUpdate incoming, CancellationToken cancellationToken)
    {
        if (incoming.Update is not { } update)
        {
            TelegramLog.UnreadableUpdate(logger, incoming.Id, incoming.Problem ?? "unknown");
            return [];
        }

        try
        {
            return await router.RouteAsync(update, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // One bad update is logged and skipped; the person who sent it is told, and nothing after it is held up.
            TelegramLog.UpdateFailed(logger, update.Id, e);
            return router.Apology(update);
        }
    }

    private async Task<IReadOnlySet<int>> FindHandledAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        try
        {
            return await store.FindHandledAsync(ids, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Answering a redelivered question twice is better than not answering a new one.
            TelegramLog.StoreUnavailable(logger, StorageFault.Describe(e));
            return new HashSet<int>();
        }
    }

    private async Task<(IReadOnlyList<OutgoingMessage> Replies, bool Committed)> CommitAsync(IReadOnlyList<HandledUpdate> updates, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.CommitAsync(updates, cancellationToken), true);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The people waiting may still get their answers, from memory: only a restart before delivery would lose them.
            var replies = updates.SelectMany(u => u.Replies).ToList();
            TelegramLog.RepliesNotStored(logger, replies.Count, StorageFault.Describe(e));
            return (replies, false);
        }
    }
}
