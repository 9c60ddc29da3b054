using System.Threading.Channels;
using KrBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KrBot.Telegram.Sending;

/// <summary>
/// Connects the outbox to the sender. At start it sends what a previous process left owed; afterwards it takes what
/// the intake and the digest scheduler committed. Finished messages are removed from the store in batches, one
/// transaction for all that finished meanwhile. It stops after the sender (it is registered before it) and waits
/// for the outcomes still on their way, so every message the sender delivered while draining is removed too and
/// never sent again.
/// </summary>
internal sealed class OutboxDispatcher(IOutboundSender sender, IOutboxStore store, TimeProvider timeProvider, ILogger<OutboxDispatcher> logger)
    : BackgroundService, IOutbox
{
    private static readonly TimeSpan RetryStoreAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(2);

    private readonly Channel<OutboxCompletion> _finished = Channel.CreateUnbounded<OutboxCompletion>();
    private readonly List<OutboxCompletion> _unrecorded = [];
    private readonly SemaphoreSlim _recording = new(1, 1);
    private int _outstanding;
    private bool _recovered;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RecoverAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public void Deliver(IReadOnlyList<OutgoingMessage> messages)
    {
        foreach (var message in messages)
        {
            var outcome = sender.SendAsync(message, CancellationToken.None);
            if (message.OutboxId == 0) continue;
            Interlocked.Increment(ref _outstanding);
            _ = RecordWhenDoneAsync(message, outcome);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // The sender has stopped; outcomes of its last sends may still be on their way here. The host's deadline may
        // have passed already, so this has a short one of its own: removing what was delivered prevents a resend.
        using var flush = new CancellationTokenSource(FinalFlushTimeout);
        while (Volatile.Read(ref _outstanding) > 0 && !flush.IsCancellationRequested) await Task.Delay(10, CancellationToken.None);
        await RecordAsync(flush.Token);
    }

    public override void Dispose()
    {
        _recording.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!_recovered)
            {
                await Task.Delay(RetryStoreAfter, timeProvider, stoppingToken);
                await RecoverAsync(stoppingToken);
            }

            while (await _finished.Reader.WaitToReadAsync(stoppingToken))
            {
                // Not cancelled by stopping: a transaction cut short would only log a false alarm; StopAsync flushes the rest.
                if (!await RecordAsync(CancellationToken.None)) await Task.Delay(RetryStoreAfter, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return; StopAsync records what is left.
        }
    }

    private async Task RecordWhenDoneAsync(OutgoingMessage message, Task<SendOutcome> outcome)
    {
        var result = await outcome;

        // Cancelled means "not sent because we stopped": it stays in the store for the next start.
        if (result.Status != SendStatus.Cancelled) _finished.Writer.TryWrite(new OutboxCompletion(message, result));
        Interlocked.Decrement(ref _outstanding);
    }

    /// <summary>Sends what the last process left owed; a store that fails now is tried again from the loop.</summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        try
        {
            var recovery = await store.RecoverAsync(cancellationToken);
            foreach (var (chatId, date) in recovery.Unconfirmed) OutboxLog.DigestUnconfirmed(logger, chatId, date);
            if (recovery.Pending.Count > 0) OutboxLog.Recovered(logger, recovery.Pending.Count);
            Deliver(recovery.Pending);
            _recovered = true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The storage check at start passed, so this is passing trouble; until it clears, new replies still go out.
            OutboxLog.RecoveryFailed(logger, StorageFault.Describe(e));
        }
    }

    /// <summary>Removes everything finished so far in one transaction; false when the store failed (kept for the next try).</summary>
    private async Task<bool> RecordAsync(CancellationToken cancellationToken)
    {
        await _recording.WaitAsync(CancellationToken.None);
        try
        {
            while (_finished.Reader.TryRead(out var completion)) _unrecorded.Add(completion);
            if (_unrecorded.Count == 0) return true;
            await store.CompleteAsync(_unrecorded, cancellationToken);
            _unrecorded.Clear();
            return true;
        }
        catch (Exception e) when (StorageFault.Is(e) || e is OperationCanceledException)
        {
            // Until recorded, a restart would send these again: say so loudly, and keep trying.
            OutboxLog.CompletionNotRecorded(logger, _unrecorded.Count, e is OperationCanceledException ? "the bot stopped first" : StorageFault.Describe(e));
            return false;
        }
        finally
        {
            _recording.Release();
        }
    }
}
