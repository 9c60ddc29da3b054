using KrBot.Core.Digests;
using KrBot.Core.Languages;
using KrBot.Languages;
using KrBot.Telegram.Rendering;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KrBot.Subscriptions;

/// <summary>
/// Gives each subscribed chat one digest per local day. It sleeps until the next digest it knows of (or until
/// /subscribe wakes it), claims each due day in the store, and queues the digest in the outbox in the same
/// transaction that records the day: a restart or a second host can never queue a day twice. The outbox delivers
/// it at most once (see <see cref="OutgoingMessage.AtMostOnce"/>), retrying until the end of its local day. A digest
/// is in the chat's language (/lang); with none set (auto) it is in English, as it answers no question.
/// </summary>
internal sealed class DigestScheduler(
    ISubscriptionStore store,
    DigestComposer composer,
    IOutbox outbox,
    TimeProvider timeProvider,
    ILogger<DigestScheduler> logger,
    IChatLanguageStore? languages = null) : BackgroundService, IDigestWakeUp
{
    /// <summary>Covers composing and queueing, which take milliseconds: a claim this old is a crash, and may be taken again.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>The longest sleep: a wall-clock jump or a lost wake-up is noticed within this time.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(5);

    private const int MaxConcurrentDeliveries = 8;

    private readonly SemaphoreSlim _wake = new(0);

    public void SubscriptionsChanged()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the warm-up below must not hold up the other services' start
        WarmUp();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var nextWake = await RunDueAsync(stoppingToken);
                var sleep = nextWake - timeProvider.GetUtcNow();
                if (sleep > TimeSpan.Zero) await SleepAsync(sleep < MaxSleep ? sleep : MaxSleep, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return.
        }
    }

    /// <summary>Sends every digest due now; returns when the next one is due.</summary>
    public async Task<DateTimeOffset> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var nextWake = now + MaxSleep;
        var due = new List<(Subscription Subscription, DigestSlot Slot)>();
        IReadOnlyList<Subscription> subscriptions;
        try
        {
            subscriptions = await store.ListAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DigestLog.StoreFailed(logger, e);
            return nextWake;
        }

        foreach (var subscription in subscriptions)
        {
            try
            {
                var slot = DigestSchedule.Next(subscription, now);
                if (slot.DueAtUtc <= now) due.Add((subscription, slot));
                else if (slot.DueAtUtc < nextWake) nextWake = slot.DueAtUtc;
            }
            catch (TimeZoneNotFoundException e)
            {
                DigestLog.UnknownZone(logger, subscription.ChatId, e);
            }
        }

        // A few at a time: each needs a connection, and thousands due at once must not take every connection the
        // database server has (replicas share it). Each pass starts at a random place in the list: replicas walking it
        // in the same order would try to claim the same chats at once, wait on each other's row locks and lose most
        // claims, and the first seconds of a fan-out went out at two thirds of the pace.
        var start = due.Count == 0 ? 0 : Random.Shared.Next(due.Count);
        await Parallel.ForEachAsync(
            due.Skip(start).Concat(due.Take(start)),
            new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentDeliveries, CancellationToken = cancellationToken },
            (d, token) => new ValueTask(DeliverAsync(d.Subscription, d.Slot, now, token)));
        // A day that could not be claimed (sent elsewhere, or waiting for its retry time) is looked at again soon.
        return due.Count > 0 ? Min(nextWake, now + TimeSpan.FromMinutes(1)) : nextWake;
    }

    private async Task DeliverAsync(Subscription subscription, DigestSlot slot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chatId = subscription.ChatId;
        try
        {
            if (!await store.TryClaimAsync(chatId, slot.LocalDate, now, Lease, cancellationToken)) return;

            var preference = languages is null ? LanguagePreference.Auto : await languages.GetAsync(chatId, cancellationToken);
            var digest = composer.Compose(slot.LocalDate, subscription.Memory, preference.Choose(""));
            var endOfDay = DigestSchedule.DueAt(slot.LocalDate.AddDays(1), TimeOnly.MinValue, TimeZoneInfo.FindSystemTimeZoneById(subscription.TimeZoneId));
            var messages = TelegramRenderer.Render(digest.Answer, chatId, null)
                .Select(m => m with { Deadline = endOfDay, DigestDate = slot.LocalDate })
                .ToList();
            var queued = await store.QueueDigestAsync(chatId, slot.LocalDate, digest.Next, messages, cancellationToken);
            outbox.Deliver(queued);
            if (queued.Count > 0) DigestLog.Queued(logger, chatId, slot.LocalDate);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The claim's lease runs out and the day is tried again; one chat's trouble must not stop the others.
            DigestLog.DeliveryFailed(logger, chatId, e);
        }
    }

    /// <summary>
    /// Composes and renders a digest in each language once, unsent: digests due right after a start (a deploy at
    /// 09:00, a replica's restart) otherwise wait for the runtime to compile that path, and the first second of a
    /// fan-out went out at two thirds of the pace.
    /// </summary>
    private void WarmUp()
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        try
        {
            foreach (var preference in new[] { LanguagePreference.English, LanguagePreference.Chinese })
            {
                TelegramRenderer.Render(composer.Compose(today, DigestHistory.None, preference.Choose("")).Answer, 0, null);
            }
        }
        catch (Exception)
        {
            // Only a warm-up: a digest that cannot be composed fails again when it is due, and is logged there.
        }
    }

    /// <summary>Sleeps on the injected clock until the time is up or /subscribe changed something.</summary>
    private async Task SleepAsync(TimeSpan sleep, CancellationToken stoppingToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(_wake.WaitAsync(done.Token), Task.Delay(sleep, timeProvider, done.Token));
        await done.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
