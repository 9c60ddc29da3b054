using System.Collections.Concurrent;
using KrBot.Storage;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace KrBot.Tests.Telegram.Sending;

public sealed class SharedOutboxTests
{
    [Fact]
    public async Task LeaseLostAndRetaken_TakesInTheNewTenuresName_SoWhatTheOldOneDroppedIsTakenAgain()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        var holds = new Queue<bool>([true, true, false, true]); // the second renewal finds another holder; then it is back
        var leases = new Mock<ILeaseStore>();
        leases.Setup(l => l.TryHoldAsync(SharedOutbox.LeaseName, It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => holds.Count > 0 ? holds.Dequeue() : true);
        var takers = new ConcurrentQueue<(string Holder, DateTimeOffset At)>();
        var store = new Mock<IOutboxStore>();
        store.Setup(s => s.TakeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Callback((string holder, int _, CancellationToken _) => takers.Enqueue((holder, time.GetUtcNow())))
            .ReturnsAsync(new OutboxRecovery([], []));
        var lifetime = new Mock<IHostApplicationLifetime>();
        var sender = new Mock<IOutboundSender>();
        using var dispatcher = new OutboxDispatcher(sender.Object, store.Object, TestMetrics.Create(), time, NullLogger<OutboxDispatcher>.Instance) { RecoversAtStart = false };
        using var outbox = new SharedOutbox(
            dispatcher, store.Object, leases.Object, Options.Create(new SenderOptions { LeaseSeconds = 3 }), lifetime.Object, time, NullLogger<SharedOutbox>.Instance);

        await outbox.StartAsync(default);
        for (var step = 0; step < 60; step++) // 6 s simulated, in steps the loop's sleeps can follow
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        await outbox.StopAsync(default);

        var tenures = takers.Select(t => t.Holder).Distinct().ToList();
        Assert.Equal([outbox.Holder + "#1", outbox.Holder + "#2"], tenures);
        var start = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
        Assert.All(takers.Where(t => t.Holder.EndsWith("#1", StringComparison.Ordinal)), t => Assert.InRange(t.At, start.AddSeconds(1), start.AddSeconds(2))); // after the handover, until the loss
        Assert.All(takers.Where(t => t.Holder.EndsWith("#2", StringComparison.Ordinal)), t => Assert.True(t.At >= start.AddSeconds(4))); // a new handover
    }
}
