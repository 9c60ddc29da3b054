using KrBot.Charts;
using KrBot.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KrBot.Telegram.Sending;

/// <summary>
/// The one way out to Telegram. A dispatch loop takes messages from <see cref="SendScheduler"/> as the limits allow
/// and sends each on its own task, up to MaxConcurrentSends at once; it sleeps on the injected clock until the next
/// message is due or something changes. This class owns retries: the Telegram.Bot client must not retry by itself
/// (RetryThreshold = 0). A caller's cancellation drops a message that has not gone out and yields
/// <see cref="SendStatus.Cancelled"/>; it never throws. On shutdown it keeps delivering until everything queued is
/// out or the host's shutdown deadline passes; what is left then is <see cref="SendStatus.Cancelled"/> (and stays in
/// the outbox for the next start).
/// </summary>
internal sealed partial class OutboundSender : BackgroundService, IOutboundSender
{
    private readonly ITelegramBotClient _client;
    private readonly SenderOptions _options;
    private readonly IChatLifecycle _lifecycle;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboundSender> _logger;
    private readonly SendScheduler _scheduler;
    private readonly Lock _gate = new();

    // Cancelled only when the host's shutdown deadline passes, so a request in flight normally gets to finish.
    private readonly CancellationTokenSource _abort = new();

    // Shortly before the deadline no new request starts, so those in flight can finish: a request abandoned halfway
    // may have reached Telegram, and its message, still in the outbox, would go out again after the restart.
    private readonly CancellationTokenSource _lastCall = new();
    private readonly TimeSpan? _shutdownTimeout;
    private TaskCompletionSource _wake = NewSignal();
    private bool _stopped;
    private Task? _sleepTimer;
    private DateTimeOffset? _sleepUntil;

    private readonly IHostApplicationLifetime? _applicationLifetime;
    private readonly IOutboxStore? _journal;
    private readonly ChartImages? _charts;
    private readonly BotMetrics? _metrics;

    /// <summary>Where retry jitter comes from; tests fix it to make simulated times exact.</summary>
    internal Func<double> Jitter { get; init; } = Random.Shared.NextDouble;

    public OutboundSender(
        ITelegramBotClient client,
        IOptions<SenderOptions> options,
        IChatLifecycle lifecycle,
        TimeProvider timeProvider,
        ILogger<OutboundSender> logger,
        IHostApplicationLifetime? applicationLifetime = null,
        IOutboxStore? journal = null,
        IOptions<HostOptions>? hostOptions = null,
        ChartImages? charts = null,
        BotMetrics? metrics = null)
    {
        _shutdownTimeout = hostOptions?.Value.ShutdownTimeout;
        _lastCall.Token.UnsafeRegister(static state => ((OutboundSender)state!).Wake(), this);
        _metrics = metrics;
        _applicationLifetime = applicationLifetime;
        _journal = journal;
        _charts = charts;
        _client = client;
        _options = options.Value;
        _lifecycle = lifecycle;
        _time = timeProvider;
        _logger = logger;
        _scheduler = new SendScheduler(_options);
    }

    public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromResult(new SendOutcome(SendStatus.Cancelled, message.ChatId));
        }

        var send = new PendingSend(message, message.Deadline ?? _time.GetUtcNow() + TimeSpan.FromMinutes(_options.MaxAgeMinutes));
        lock (_gate)
        {
            if (_stopped)
            {
                return Task.FromResult(new SendOutcome(SendStatus.Cancelled, message.ChatId, Error: "the sender has stopped"));
            }

            if (!_scheduler.Enqueue(send))
            {
                return Task.FromResult(new SendOutcome(SendStatus.ChatGone, _scheduler.Resolve(message.ChatId), Error: "the chat is gone (403)"));
            }

            _wake.TrySetResult();
        }

        if (cancellationToken.CanBeCanceled)
        {
            send.Cancellation = cancellationToken.UnsafeRegister(
                static state =>
                {
                    var (sender, send) = ((OutboundSender, PendingSend))state!;
                    sender.Cancel(send);
                },
                (this, send));
        }

        return send.Outcome;
    }

    public void ChatIsBack(long chatId)
    {
        lock (_gate)
        {
            _scheduler.ChatIsBack(chatId);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_shutdownTimeout is { } timeout) _lastCall.CancelAfter(timeout - LastCallMargin(timeout));

        // The host's own deadline: past it, requests still in flight are abandoned. Checked again afterwards: the base
        // class's wait may return on the deadline and dispose this registration before its callback had its turn.
        await using (cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), _abort))
        {
            await base.StopAsync(cancellationToken);
        }

        if (cancellationToken.IsCancellationRequested) await _abort.CancelAsync();

        // Stopped before the dispatch loop ever ran (.NET 10 starts it on the thread pool, and a stop that comes first
        // cancels it unstarted): its drain did not run either, and callers would wait forever.
        if (ExecuteTask is { IsCanceled: true }) await DrainAsync();
    }

    public override void Dispose()
    {
        base.Dispose();
        _abort.Dispose();
        _lastCall.Dispose();
    }

    /// <summary>
    /// For tests and benchmarks on a fake clock: true when nothing can happen until the clock moves or a message
    /// arrives (the loop is asleep and no request is in flight); <paramref name="wakeAt"/> is when the loop wakes.
    /// </summary>
    internal bool IsIdle(out DateTimeOffset? wakeAt)
    {
        lock (_gate)
        {
            wakeAt = _sleepUntil;
            return _sleepTimer is { IsCompleted: false } && !_wake.Task.IsCompleted && _scheduler.InFlight == 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SendWarmUp.Run(); // before the first request is counted against Telegram's limits
        // Stopping wakes the loop, which then leaves as soon as nothing is left to send.
        await using var wakeOnStop = stoppingToken.UnsafeRegister(static state => ((OutboundSender)state!).Wake(), this);
        try
        {
            await DispatchAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // The shutdown deadline passed: what is left stays in the outbox.
        }
        catch (Exception e)
        {
            // A bot that can no longer send must not look alive: stop, so a supervisor restarts it.
            SenderLog.DispatcherFailed(_logger, e);
            Environment.ExitCode = 1;
            _applicationLifetime?.StopApplication();
        }
        finally
        {
            await DrainAsync();
        }
    }

    /// <summary>Sends until stopped; once stopping, until nothing is left or the shutdown deadline passes.</summary>
    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingSend>();
        while (!_abort.IsCancellationRequested)
        {
            Task wake;
            DateTimeOffset? wakeAt;
            lock (_gate)
            {
                if (_wake.Task.IsCompleted)
                {
                    _wake = NewSignal();
                }

                wake = _wake.Task;
                var now = _time.GetUtcNow();
                wakeAt = null;
                while (!_lastCall.IsCancellationRequested && _scheduler.TryTake(now, out var send, out wakeAt))
                {
                    batch.Add(send);
                }

                var nothingToWaitFor = _lastCall.IsCancellationRequested ? _scheduler.InFlight == 0 : !_scheduler.HasWork;
                if (batch.Count == 0 && stoppingToken.IsCancellationRequested && nothingToWaitFor)
                {
                    return;
                }
            }

            if (batch.Count == 0)
            {
                await SleepAsync(wake, wakeAt, _abort.Token);
                continue;
            }

            // Started outside the lock. Some may finish at once and free a chat or a slot, so look again.
            foreach (var send in batch)
            {
                _ = SendOneAsync(send);
            }

            batch.Clear();
        }
    }

    /// <summary>Until <paramref name="wakeAt"/> on the injected clock, a change in the queue, or shutdown.</summary>
    private async Task SleepAsync(Task wake, DateTimeOffset? wakeAt, CancellationToken stoppingToken)
    {
        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = wakeAt is { } at ? TimeSpan.FromTicks(Math.Max(0, (at - _time.GetUtcNow()).Ticks)) : Timeout.InfiniteTimeSpan;
        var timer = Task.Delay(delay, _time, sleep.Token);
        lock (_gate)
        {
            (_sleepTimer, _sleepUntil) = (timer, wakeAt);
        }

        await Task.WhenAny(wake, timer);
        lock (_gate)
        {
            _sleepTimer = null;
        }

        // Frees the timer when the wake-up came from the queue.
        await sleep.CancelAsync();
    }

    /// <summary>A caller gave up waiting: drop the message unless it is already with Telegram.</summary>
    private void Cancel(PendingSend send)
    {
        lock (_gate)
        {
            if (!send.InFlight)
            {
                send.Complete(SendStatus.Cancelled, error: "cancelled by the caller");
            }
        }
    }

    private async Task DrainAsync()
    {
        List<PendingSend> waiting;
        lock (_gate)
        {
            _stopped = true;
            _sleepTimer = null;
            waiting = _scheduler.TakeAllWaiting();
        }

        if (waiting.Count > 0)
        {
            SenderLog.LeftAtShutdown(_logger, waiting.Count);
        }

        foreach (var send in waiting)
        {
            send.Complete(SendStatus.Cancelled, error: "the sender has stopped");
        }

        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (_scheduler.InFlight == 0)
                {
                    return;
                }

                _wake = NewSignal();
                signal = _wake.Task;
            }

            await signal;
        }
    }

    private void Wake()
    {
        lock (_gate)
        {
            _wake.TrySetResult();
        }
    }

    /// <summary>A fifth of the shutdown time, between 0.5 s and 2 s: long enough for a request to come back.</summary>
    private static TimeSpan LastCallMargin(TimeSpan timeout) =>
        TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 5, TimeSpan.FromSeconds(0.5).Ticks, TimeSpan.FromSeconds(2).Ticks));

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
