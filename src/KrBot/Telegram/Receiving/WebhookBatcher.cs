using System.Threading.Channels;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// Webhook requests arrive one update each, many at once (Telegram keeps up to max_connections open). A transaction
/// per request would make the store's commit the bottleneck, so requests that arrive while a batch is being stored
/// wait and go together in the next one: the intake's batch path, as for a getUpdates batch. A lone request goes at
/// once. Every request of a batch gets the batch's outcome (stored, or not: 503 and Telegram retries).
/// </summary>
internal sealed class WebhookBatcher(UpdateIntake intake)
{
    private const int MaxBatch = 100;

    private readonly Channel<(IncomingUpdate Update, TaskCompletionSource<bool> Stored)> _waiting =
        Channel.CreateUnbounded<(IncomingUpdate, TaskCompletionSource<bool>)>();

    private int _draining;

    /// <summary>True once the update is stored (handled, its replies owed); false when the store could not take it.</summary>
    public Task<bool> SubmitAsync(IncomingUpdate update)
    {
        var stored = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Writer.TryWrite((update, stored));
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0) _ = Task.Run(DrainAsync);
        return stored.Task;
    }

    private async Task DrainAsync()
    {
        var batch = new List<(IncomingUpdate Update, TaskCompletionSource<bool> Stored)>(MaxBatch);
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _waiting.Reader.TryRead(out var item)) batch.Add(item);
            if (batch.Count == 0)
            {
                Volatile.Write(ref _draining, 0);

                // One may have come after the last read and before the flag fell, and found the flag still up.
                if (!_waiting.Reader.TryPeek(out _) || Interlocked.CompareExchange(ref _draining, 1, 0) != 0) return;
                continue;
            }

            try
            {
                // Not cancelled by one request's abort: the others in the batch still want their answer.
                var stored = await intake.HandleAsync(batch.Select(b => b.Update).ToList(), "webhook", deliverUnstored: false, CancellationToken.None);
                foreach (var (_, done) in batch) done.TrySetResult(stored);
            }
            catch (Exception e)
            {
                foreach (var (_, done) in batch) done.TrySetException(e);
            }
        }
    }
}
