using KrBot.Storage;
using KrBot.Telegram.Routing;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// The one entry point for updates, whatever received them. For a batch: drops those already handled (Telegram
/// redelivers after a crash, and may restart its ids lower after a quiet week, so repeats are known by recorded
/// ids, never by comparing with an offset), routes the rest one by one, then records them as handled and stores
/// their replies in one transaction, and hands the replies to the outbox. The caller confirms the batch to
/// Telegram only after this returns, so from then on every reply is owed and kept until delivered.
/// </summary>
internal sealed class UpdateIntake(
    UpdateRouter router,
    IOutboxStore store,
    IOutbox outbox,
    IOptions<SenderOptions> options,
    TimeProvider timeProvider,
    ILogger<UpdateIntake> logger)
{
    public async Task HandleAsync(IReadOnlyList<IncomingUpdate> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Where(u => u.Id is not null).Select(u => u.Id!.Value).ToList();
        var handledBefore = await FindHandledAsync(ids, cancellationToken);
        var replies = new List<OutgoingMessage>();
        foreach (var incoming in batch)
        {
            if (incoming.Id is { } id && handledBefore.Contains(id))
            {
                TelegramLog.DuplicateUpdate(logger, id);
                continue;
            }

            replies.AddRange(await RouteAsync(incoming, cancellationToken));
        }

        var deadline = timeProvider.GetUtcNow() + TimeSpan.FromMinutes(options.Value.MaxAgeMinutes);
        for (var i = 0; i < replies.Count; i++) replies[i] = replies[i] with { Deadline = replies[i].Deadline ?? deadline };
        outbox.Deliver(await CommitAsync(ids.Except(handledBefore).ToList(), replies, cancellationToken));
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

    private async Task<IReadOnlyList<OutgoingMessage>> CommitAsync(IReadOnlyList<int> ids, IReadOnlyList<OutgoingMessage> replies, CancellationToken cancellationToken)
    {
        try
        {
            return await store.CommitAsync(ids, replies, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The people waiting still get their answers, from memory: only a restart before delivery would lose them.
            TelegramLog.RepliesNotStored(logger, replies.Count, StorageFault.Describe(e));
            return replies;
        }
    }
}
