using System.Threading.Channels;
using KrBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KrBot.Telegram.Sending;

/// <summary>
/// Connects the outbox to the sender. At start it sends what a previous process left owed; afterwards it takes what
/// the intake and the digest scheduler committed. Finished messages are removed from the store in batches, one
/// transaction for all that finished meanwhile. It stops after the sender (it is registered before it), so every
/// message the sender delivered while draining is also removed and never sent again.
/// </summary>
internal sealed class OutboxDispatcher(IOutboundSender sender, IOutboxStore store, TimeProvider timeProvider, ILogger<OutboxDispatcher> logger)
    : BackgroundService, IOutbox
{
    private static readonly TimeSpan RetryStoreAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(2);

    private readonly Channel<OutboxCompletion> _finished = Channel.CreateUnbounded<OutboxCompletion>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<OutboxCompletion> _unrecorded = [];

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var recovery = await store.RecoverAsync(cancellationToken);
            foreach (var (chatId, date) in recovery.Unconfirmed) OutboxLog.DigestUnconfirmed(logger, chatId, date);
            if (recovery.Pending.Count > 0) OutboxLog.Recovered(logger, recovery.Pending.Count);
            Deliver(recovery.Pending);
        }
        catch (Exception e) when (StorageFault.Is(e))
        {
            // The storage check at start passed, so this is passing trouble: what is owed goes out after the next start.
            OutboxLog.RecoveryFailed(logger, StorageFault.Describe(e));
        }

        await base.StartAsync(cancellationToken);
    }

    public void Deliver(IReadOnlyList<OutgoingMessage> messages)
    {
        foreach (var message in messages)
        {
            var outcome = sender.SendAsync(message, CancellationToken.None);
            if (message.OutboxId == 0) continue;
            _ = outcome.ContinueWith(
                static (task, state) =>
                {
                    var (finished, message) = ((Channel<OutboxCompletion>, OutgoingMessage))state!;
                    // Cancelled means "not sent because we stopped": it stays in the store for the next start.
                    if (task.Result.Status != SendStatus.Cancelled) finished.Writer.TryWrite(new OutboxCompletion(message, task.Result));
                },
                (_finished, message),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously | TaskContinuationOptions.OnlyOnRanToCompletion,
                TaskScheduler.Default);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // The host's deadline may already have passed; removing what was delivered is what prevents a resend.
        using var flush = new CancellationTokenSource(FinalFlushTimeout);
        await RecordAsync(flush.Token);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _finished.Reader.WaitToReadAsync(stoppingToken))
            {
                if (!await RecordAsync(stoppingToken)) await Task.Delay(RetryStoreAfter, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return; StopAsync records what is left.
        }
    }

    /// <summary>Removes everything finished so far in one transaction; false when the store failed (kept for the next try).</summary>
    private async Task<bool> RecordAsync(CancellationToken cancellationToken)
    {
        while (_finished.Reader.TryRead(out var completion)) _unrecorded.Add(completion);
        if (_unrecorded.Count == 0) return true;
        try
        {
            await store.CompleteAsync(_unrecorded, cancellationToken);
            _unrecorded.Clear();
            return true;
        }
        catch (Exception e) when (StorageFault.Is(e))
        {
            // Until recorded, a restart would send these again: say so loudly, and keep trying.
            OutboxLog.CompletionNotRecorded(logger, _unrecorded.Count, StorageFault.Describe(e));
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            OutboxLog.CompletionNotRecorded(logger, _unrecorded.Count, "the bot stopped first");
            return false;
        }
    }
}
