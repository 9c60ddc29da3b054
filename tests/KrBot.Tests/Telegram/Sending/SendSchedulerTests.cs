using KrBot.Telegram.Sending;

namespace KrBot.Tests.Telegram.Sending;

public sealed class SendSchedulerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    // A thirtieth of a second, and the margin that keeps jittery arrivals under Telegram's 30 a second.
    private static readonly TimeSpan ThirtiethOfASecond = TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond * (1 + RateLimits.Margin) / 30));

    [Fact]
    public void TryTake_TenThousandChatsWithLimits_SpacedAndInArrivalOrder()
    {
        var scheduler = new SendScheduler(new SenderOptions());
        var sends = Enumerable.Range(1, 10_000).Select(chat => Enqueue(scheduler, chat)).ToList();

        var (taken, finishedAt) = Drain(scheduler, T0);

        Assert.Equal(sends, taken);
        Assert.Equal(T0 + 9_999 * ThirtiethOfASecond, finishedAt);
    }

    [Fact]
    public void TryTake_ARequestThatLeftLate_TheThirtyFirstWaitsAWholeWindowAfterIt()
    {
        var scheduler = new SendScheduler(new SenderOptions());
        for (var chat = 1; chat <= 31; chat++) Enqueue(scheduler, chat);
        var held = TimeSpan.FromMilliseconds(50); // the first was held up before it left (its digest attempt being written)
        var now = T0;
        for (var i = 0; i < 30; i++, now += ThirtiethOfASecond)
        {
            Assert.True(scheduler.TryTake(now, out var send, out _));
            scheduler.Departed(send, i == 0 ? now + held : now);
            send.Complete(SendStatus.Sent, i);
            scheduler.Finish(send);
        }

        Assert.False(scheduler.TryTake(now, out _, out var wakeAt));
        Assert.Equal(T0 + held + TimeSpan.FromSeconds(1 + RateLimits.Margin), wakeAt);
    }

    [Fact]
    public void TryTake_EachTakenAFewMillisecondsLate_KeepsThePace_ButAfterAPauseStartsANewOne()
    {
        var scheduler = new SendScheduler(new SenderOptions());
        for (var chat = 1; chat <= 61; chat++) Enqueue(scheduler, chat);
        var late = TimeSpan.FromMilliseconds(3); // a timer firing late, as they do on a busy machine
        var now = T0;
        DateTimeOffset? wakeAt = null;
        for (var i = 0; i < 60; i++)
        {
            now = (wakeAt ?? now) + (i == 0 ? TimeSpan.Zero : late);
            Assert.True(scheduler.TryTake(now, out var send, out _));
            scheduler.Departed(send, now);
            send.Complete(SendStatus.Sent, i);
            scheduler.Finish(send);
            Assert.False(scheduler.TryTake(now, out _, out wakeAt));
        }

        // Sixty sends, each 3 ms late: the 60th leaves on the pace set by the first, give or take the few late
        // milliseconds the departure window passes on (it counts real departures), not 59 × 3 ms later.
        Assert.InRange(now, T0 + 59 * ThirtiethOfASecond + late, T0 + 59 * ThirtiethOfASecond + 5 * late);

        // Idle for a while: the next goes at once, and the one after a whole interval later, not sooner.
        var resumed = now + TimeSpan.FromSeconds(5);
        Enqueue(scheduler, 62);
        Assert.True(scheduler.TryTake(resumed, out var first, out _));
        scheduler.Departed(first, resumed);
        first.Complete(SendStatus.Sent, 61);
        scheduler.Finish(first);
        Assert.True(scheduler.TryTake(resumed + ThirtiethOfASecond, out _, out _));
        Assert.False(scheduler.TryTake(resumed, out _, out _));
    }

    [Fact]
    public void TryTake_SendsTakenButNotYetLeft_CountAgainstTheWindow()
    {
        var scheduler = new SendScheduler(new SenderOptions { MaxConcurrentSends = 9 });
        for (var chat = 1; chat <= 31; chat++) Enqueue(scheduler, chat);
        var held = TimeSpan.FromMilliseconds(50); // the first left late
        var now = T0;
        var waiting = new List<PendingSend>();
        for (var i = 0; i < 30; i++, now += ThirtiethOfASecond)
        {
            Assert.True(scheduler.TryTake(now, out var send, out _));
            if (i < 22)
            {
                scheduler.Departed(send, i == 0 ? now + held : now);
                send.Complete(SendStatus.Sent, i);
                scheduler.Finish(send);
            }
            else
            {
                waiting.Add(send); // its digest attempt is still being written: its request has not left
            }
        }

        // 22 left (the first 50 ms late) and 8 may leave any moment: a 31st now could make 31 in one window with them.
        Assert.False(scheduler.TryTake(now, out _, out var wakeAt));
        Assert.Equal(T0 + held + TimeSpan.FromSeconds(1 + RateLimits.Margin), wakeAt);

        // One of them gives up before leaving (the store refused its attempt): its place in the window is free again.
        scheduler.Finish(waiting[0]);
        Assert.True(scheduler.TryTake(now, out _, out _));
    }

    [Fact]
    public void TryTake_GlobalSpacing_WakesAtTheNextSlot()
    {
        var scheduler = new SendScheduler(new SenderOptions());
        Enqueue(scheduler, 1);
        Enqueue(scheduler, 2);

        Assert.True(scheduler.TryTake(T0, out _, out _));
        Assert.False(scheduler.TryTake(T0, out _, out var wakeAt));
        Assert.Equal(T0 + ThirtiethOfASecond, wakeAt);
    }

    [Fact]
    public void TryTake_ChatBusy_ItsNextMessageWaitsForTheFirstToFinish()
    {
        var scheduler = new SendScheduler(new SenderOptions { RateLimitsEnabled = false });
        var first = Enqueue(scheduler, 1);
        var second = Enqueue(scheduler, 1);

        Assert.True(scheduler.TryTake(T0, out var taken, out _));
        Assert.Same(first, taken);
        Assert.False(scheduler.TryTake(T0, out _, out var wakeAt));
        Assert.Null(wakeAt);

        first.Complete(SendStatus.Sent, 1);
        scheduler.Finish(first);
        Assert.True(scheduler.TryTake(T0, out taken, out _));
        Assert.Same(second, taken);
    }

    [Fact]
    public void TryTake_AllSlotsInFlight_WaitsForAFinishNotATime()
    {
        var scheduler = new SendScheduler(new SenderOptions { RateLimitsEnabled = false, MaxConcurrentSends = 1 });
        Enqueue(scheduler, 1);
        Enqueue(scheduler, 2);

        Assert.True(scheduler.TryTake(T0, out _, out _));
        Assert.False(scheduler.TryTake(T0, out _, out var wakeAt));
        Assert.Null(wakeAt);
        Assert.Equal(1, scheduler.InFlight);
    }

    [Fact]
    public void Finish_NotCompleted_SameMessageFirstAgainAtRetryTime()
    {
        var scheduler = new SendScheduler(new SenderOptions { RateLimitsEnabled = false });
        var first = Enqueue(scheduler, 1);
        Enqueue(scheduler, 1);
        scheduler.TryTake(T0, out _, out _);

        scheduler.Finish(first, T0.AddSeconds(5));

        Assert.False(scheduler.TryTake(T0, out _, out var wakeAt));
        Assert.Equal(T0.AddSeconds(5), wakeAt);
        Assert.True(scheduler.TryTake(T0.AddSeconds(5), out var again, out _));
        Assert.Same(first, again);
    }

    [Fact]
    public void PauseAll_EveryChatWaits()
    {
        var scheduler = new SendScheduler(new SenderOptions { RateLimitsEnabled = false });
        Enqueue(scheduler, 1);

        scheduler.PauseAll(T0.AddSeconds(3));

        Assert.False(scheduler.TryTake(T0, out _, out var wakeAt));
        Assert.Equal(T0.AddSeconds(3), wakeAt);
    }

    [Fact]
    public void MarkGone_RefusedUntilTheChatIsBack()
    {
        var scheduler = new SendScheduler(new SenderOptions());
        var first = Enqueue(scheduler, 1);
        var queued = Enqueue(scheduler, 1);
        scheduler.TryTake(T0, out _, out _);

        var dropped = scheduler.MarkGone(first.Chat!);

        Assert.Equal([first, queued], dropped);
        Assert.False(scheduler.Enqueue(new PendingSend(Message(1), DateTimeOffset.MaxValue)));
        scheduler.ChatIsBack(1);
        Assert.True(scheduler.Enqueue(new PendingSend(Message(1), DateTimeOffset.MaxValue)));
    }

    [Fact]
    public void Migrate_QueueAndLaterMessagesGoToTheNewId()
    {
        var scheduler = new SendScheduler(new SenderOptions { RateLimitsEnabled = false });
        var first = Enqueue(scheduler, -5);
        var queued = Enqueue(scheduler, -5);
        scheduler.TryTake(T0, out _, out _);

        scheduler.Migrate(first.Chat!, -1005);
        scheduler.Finish(first);
        var later = Enqueue(scheduler, -5);

        Assert.Equal(-1005, scheduler.Resolve(-5));
        Assert.All(new[] { first, queued, later }, send => Assert.Equal(-1005, send.ChatId));
        var (taken, _) = Drain(scheduler, T0);
        Assert.Equal([first, queued, later], taken);
    }

    [Fact]
    public void TryTake_AMinuteAfterTheirLastSend_IdleChatsForgotten()
    {
        var scheduler = new SendScheduler(new SenderOptions());
        Enqueue(scheduler, -1);
        Enqueue(scheduler, 2);
        Drain(scheduler, T0);
        Assert.Equal(2, scheduler.ChatCount);

        scheduler.TryTake(T0.AddMinutes(2), out _, out _);

        Assert.Equal(0, scheduler.ChatCount);
    }

    private static OutgoingMessage Message(long chatId) => new(chatId, "<b>x</b>", "x");

    private static PendingSend Enqueue(SendScheduler scheduler, long chatId)
    {
        var send = new PendingSend(Message(chatId), DateTimeOffset.MaxValue);
        Assert.True(scheduler.Enqueue(send));
        return send;
    }

    /// <summary>Sends everything, each attempt succeeding at once, jumping the clock to each wake-up.</summary>
    private static (List<PendingSend> Taken, DateTimeOffset Now) Drain(SendScheduler scheduler, DateTimeOffset now)
    {
        var taken = new List<PendingSend>();
        while (true)
        {
            while (scheduler.TryTake(now, out var send, out _))
            {
                taken.Add(send);
                send.Complete(SendStatus.Sent, taken.Count);
                scheduler.Finish(send);
            }

            scheduler.TryTake(now, out _, out var wakeAt);
            if (wakeAt is not { } next)
            {
                return (taken, now);
            }

            now = next;
        }
    }
}
