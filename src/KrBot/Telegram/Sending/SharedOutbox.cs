using KrBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Telegram.Sending;

/// <summary>
/// The outbox when several replicas share one database (Storage:Provider = postgres). Telegram's limits are the bot's,
/// not each process's, so exactly one replica sends: the one holding the "sender" lease. It renews the lease every
/// third of its length, takes the rows every replica stored (marking them as its own, so a row committed late is not
/// skipped) when told of them (<see cref="OutboxListener"/>) or every OutboxPollMilliseconds, and hands them to the local sender, whose scheduler keeps 30/s overall and 1/s per chat. The others
/// only receive and store. When the holder dies, its lease runs out and another replica takes it, with everything the
/// dead one had taken and not finished; a digest it had started is not sent again (it may have arrived). A holder
/// that cannot renew stops sending before its lease can pass to anyone else; a new holder waits a chat interval
/// before its first send, since it does not know when the last holder last wrote to each chat.
/// </summary>
internal sealed class SharedOutbox(
    OutboxDispatcher dispatcher,
    IOutboxStore store,
    ILeaseStore leases,
    IOptions<SenderOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<SharedOutbox> logger) : BackgroundService, IOutbox
{
    public const string LeaseName = "sender";
    private const int TakeLimit = 500;
    private static readonly TimeSpan Handover = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _wake = new(0);
    private readonly TimeSpan _lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
    private readonly TimeSpan _poll = TimeSpan.FromMilliseconds(options.Value.OutboxPollMilliseconds);
    private CancellationTokenSource? _tenure;
    private int _tenures;
    private string _takesAs = "";
    private DateTimeOffset _heldUntil;
    private DateTimeOffset _sendFrom;

    /// <summary>This process in the lease table: unique per process, so a restarted replica is a new holder.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public bool IsSender => _tenure is { IsCancellationRequested: false };

    public void Deliver(IReadOnlyList<OutgoingMessage> messages)
    {
        // Stored messages are taken from the store by whichever replica sends; those the store could not take (an
        // outage) go from this one's memory, or they would be lost.
        var unstored = messages.Where(m => m.OutboxId == 0).ToList();
        if (unstored.Count > 0) dispatcher.Send(unstored, CancellationToken.None);
        if (unstored.Count < messages.Count) Wake();
    }

    /// <summary>Rows were stored (here, or on another replica: see <see cref="OutboxListener"/>): look now.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Stop taking rows as soon as the host stops; the sender drains what it has, the lease goes at the very end.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var token = stopping.Token;
        var nextRenewal = DateTimeOffset.MinValue;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var now = timeProvider.GetUtcNow();
                if (now >= nextRenewal)
                {
                    await KeepLeaseAsync(now, token);
                    nextRenewal = now + _lease / 3;
                }

                if (IsSender && now >= _sendFrom) await TakeAsync(token);
                var untilNext = nextRenewal - timeProvider.GetUtcNow();
                if (IsSender && _sendFrom > now) untilNext = Min(untilNext, _sendFrom - now);
                await SleepAsync(Min(untilNext, _poll), token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Shutdown is a normal return.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!IsSender) return;

        // Registered before the dispatcher, so this runs after it recorded what went out: the next holder finds only
        // what is really owed, and need not wait for the lease to expire.
        try
        {
            using var release = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await leases.ReleaseAsync(LeaseName, Holder, release.Token);
            StepDown("this replica is stopping");
        }
        catch (Exception e) when (StorageFault.Is(e) || e is OperationCanceledException)
        {
            SharedOutboxLog.ReleaseFailed(logger, e is OperationCanceledException ? "timed out" : StorageFault.Describe(e));
        }
    }

    public override void Dispose()
    {
        _tenure?.Dispose();
        _wake.Dispose();
        base.Dispose();
    }

    private async Task KeepLeaseAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        bool held;
        try
        {
            held = await leases.TryHoldAsync(LeaseName, Holder, now, _lease, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Until the lease could pass to another replica this one may go on; not a moment longer.
            if (IsSender && now + _lease / 3 >= _heldUntil) StepDown("the lease could not be renewed: " + (StorageFault.Describe(e)));
            else SharedOutboxLog.RenewalFailed(logger, StorageFault.Describe(e));
            return;
        }

        if (!held)
        {
            if (IsSender) StepDown("another replica holds the lease");
            return;
        }

        _heldUntil = now + _lease;
        if (IsSender) return;
        _tenure?.Dispose();
        _tenure = new CancellationTokenSource();

        // Rows are taken in the tenure's name, not the process's: what a previous tenure of this same replica took and
        // dropped when it stepped down is taken again, and a digest it had started counts as unconfirmed.
        _takesAs = $"{Holder}#{++_tenures}";
        _sendFrom = now + Handover;
        SharedOutboxLog.BecameSender(logger, Holder);
    }

    private void StepDown(string reason)
    {
        if (_tenure is not { IsCancellationRequested: false } tenure) return;
        SharedOutboxLog.SteppedDown(logger, reason);
        tenure.Cancel(); // what waits in the local sender stays in the store, for the next holder
    }

    private async Task TakeAsync(CancellationToken cancellationToken)
    {
        var tenure = _tenure!.Token;
        while (!tenure.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            OutboxRecovery taken;
            try
            {
                taken = await store.TakeAsync(_takesAs, TakeLimit, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                SharedOutboxLog.TakeFailed(logger, StorageFault.Describe(e));
                return;
            }

            dispatcher.Accept(taken, tenure);
            if (taken.Pending.Count < TakeLimit) return;
        }
    }

    private async Task SleepAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero) return;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(_wake.WaitAsync(done.Token), Task.Delay(delay, timeProvider, done.Token));
        await done.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
