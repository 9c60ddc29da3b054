using System.Threading.Channels;
using KrBot.Operations;
using KrBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KrBot.Telegram.Sending;

/// <summary>
/// Connects the outbox to the sender. A lone bot (SQLite) sends at start what a previous process left owed, and
/// afterwards what the intake and the digest scheduler committed; with a shared store, <see cref="SharedOutbox"/>
/// hands it the rows its replica took under the sender lease instead. Finished messages are removed from the store
/// in batches, one transaction for all that finished meanwhile. It stops after the sender (it is registered before
/// it) and waits for the outcomes still on their way, so every message the sender delivered while draining is
/// removed too and never sent again.
/// </summary>
internal sealed class OutboxDispatcher(IOutboundSender sender, IOutboxStore store, BotMetrics metrics, TimeProvider timeProvider, ILogger<OutboxDispatcher> logger)
    : BackgroundService, IOutbox
{
    private static readonly TimeSpan RetryStoreAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(2);

    private readonly Channel<OutboxCompletion> _finished = Channel.CreateUnbounded<OutboxCompletion>();
    private readonly List<OutboxCompletion> _unrecorded = [];
    private readonly SemaphoreSlim _recording = new(1, 1);
    private int _outstanding;
    private bool _recovered;

    /// <summary>False with a shared store: what is owed is taken under the sender lease, not at start.</summary>
    public bool RecoversAtStart { get; init; } = true;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _recovered = !RecoversAtStart;
        if (RecoversAtStart) await RecoverAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public void Deliver(IReadOnlyList<OutgoingMessage> messages) => Send(messages, CancellationToken.None);

    /// <summary>
    /// Sends the messages; those still waiting when <paramref name="tenure"/> is cancelled (the sender lease passed to
    /// another replica) are dropped here and stay in the store for the new holder.
    /// </summary>
    public void Send(IReadOnlyList<OutgoingMessage> messages, CancellationToken tenure)
    {
        foreach (var message in messages)
        {
            var outcome = sender.SendAsync(message, tenure);
            if (message.OutboxId == 0) continue;
            Interlocked.Increment(ref _outstanding);
            _ = RecordWhenDoneAsync(message, outcome);
        }
    }

    /// <summary>Sends rows taken from the store; digests another sender had started are reported, not sent.</summary>
    public void Accept(OutboxRecovery taken, CancellationToken tenure)
    {
        foreach (var (chatId, date) in taken.Unconfirmed)
        {
            OutboxLog.DigestUnconfirmed(logger, chatId, date);
            metrics.Digest(sent: false);
        }

        Send(taken.Pending, tenure);
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

        // Cancelled means "not sent because we stopped": it stays in the store for the next start (or sender).
        if (result.Status != SendStatus.Cancelled)
        {
            _finished.Writer.TryWrite(new OutboxCompletion(message, result));
            Count(message, result);
        }

        Interlocked.Decrement(ref _outstanding);
    }

    private void Count(OutgoingMessage message, SendOutcome result)
    {
        if (message.AtMostOnce) metrics.Digest(result.Status == SendStatus.Sent);
        else if (result.Status == SendStatus.Sent && message.CreatedAt is { } created) metrics.AnswerDelivered(timeProvider.GetUtcNow() - created);
    }

    /// <summary>Sends what the last process left owed; a store that fails now is tried again from the loop.</summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        try
        {
            var recovery = await store.RecoverAsync(cancellationToken);
            if (recovery.Pending.Count > 0) OutboxLog.Recovered(logger, recovery.Pending.Count);
            Accept(recovery, CancellationToken.None);
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
