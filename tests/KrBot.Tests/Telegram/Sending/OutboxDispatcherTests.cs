using System.Collections.Concurrent;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace KrBot.Tests.Telegram.Sending;

public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task Stop_RightAfterTheSenderFinished_RecordsEveryDeliveredMessage_SoNoneIsSentAgain()
    {
        var recorded = new ConcurrentBag<long>();
        var store = new Mock<IOutboxStore>();
        store.Setup(s => s.RecoverAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new OutboxRecovery([], []));
        store.Setup(s => s.CompleteAsync(It.IsAny<IReadOnlyList<OutboxCompletion>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyList<OutboxCompletion> done, CancellationToken _) => { foreach (var c in done) recorded.Add(c.Message.OutboxId); })
            .Returns(Task.CompletedTask);
        var sender = new SlowSender();
        using var dispatcher = new OutboxDispatcher(sender, store.Object, TestMetrics.Create(), TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        await dispatcher.StartAsync(default);

        dispatcher.Deliver([.. Enumerable.Range(1, 200).Select(id => new OutgoingMessage(id, "x", "x") { OutboxId = id })]);
        await sender.AllSent;
        await dispatcher.StopAsync(default);

        Assert.Equal(Enumerable.Range(1, 200).Select(id => (long)id), recorded.Order());
    }

    [Fact]
    public async Task MessagesCancelledAtShutdown_StayInTheStore()
    {
        var store = new Mock<IOutboxStore>();
        store.Setup(s => s.RecoverAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new OutboxRecovery([], []));
        var sender = new Mock<IOutboundSender>();
        sender.Setup(s => s.SendAsync(It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OutgoingMessage m, CancellationToken _) => new SendOutcome(SendStatus.Cancelled, m.ChatId));
        using var dispatcher = new OutboxDispatcher(sender.Object, store.Object, TestMetrics.Create(), TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        await dispatcher.StartAsync(default);

        dispatcher.Deliver([new OutgoingMessage(1, "x", "x") { OutboxId = 7 }]);
        await dispatcher.StopAsync(default);

        store.Verify(s => s.CompleteAsync(It.IsAny<IReadOnlyList<OutboxCompletion>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task FinishedMessages_AreCounted_DigestsSentOrMissed_AnswersWithTheirTimeToAnswer()
    {
        var metrics = new TestMetrics();
        using var digests = metrics.Collect<long>("digests");
        using var latency = metrics.Collect<double>("answer.latency");
        var store = new Mock<IOutboxStore>();
        store.Setup(s => s.RecoverAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new OutboxRecovery([], [(9, new DateOnly(2026, 11, 26))]));
        var sender = new Mock<IOutboundSender>();
        sender.Setup(s => s.SendAsync(It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OutgoingMessage m, CancellationToken _) => new SendOutcome(m.ChatId == 2 ? SendStatus.Failed : SendStatus.Sent, m.ChatId));
        using var dispatcher = new OutboxDispatcher(sender.Object, store.Object, metrics.Metrics, TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        await dispatcher.StartAsync(default);

        var digest = new DateOnly(2026, 11, 26);
        dispatcher.Deliver(
        [
            new OutgoingMessage(1, "d", "d") { OutboxId = 1, DigestDate = digest },
            new OutgoingMessage(2, "d", "d") { OutboxId = 2, DigestDate = digest },
            new OutgoingMessage(3, "a", "a") { OutboxId = 3, CreatedAt = DateTimeOffset.UtcNow.AddSeconds(-2) },
        ]);
        await dispatcher.StopAsync(default);

        var byResult = digests.GetMeasurementSnapshot().GroupBy(m => (string)m.Tags["result"]!).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(1, byResult["sent"]);
        Assert.Equal(2, byResult["missed"]); // chat 2 given up, chat 9's unconfirmed at recovery
        Assert.InRange(Assert.Single(latency.GetMeasurementSnapshot()).Value, 2, 10);
    }

    /// <summary>Completes each send on the thread pool a moment later, as the real sender does when Telegram answers.</summary>
    private sealed class SlowSender : IOutboundSender
    {
        private readonly TaskCompletionSource _allSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _sent;

        public Task AllSent => _allSent.Task;

        public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(Random.Shared.Next(1, 20), CancellationToken.None);
            if (Interlocked.Increment(ref _sent) == 200) _allSent.SetResult();
            return new SendOutcome(SendStatus.Sent, message.ChatId, 1);
        }

        public void ChatIsBack(long chatId)
        {
        }
    }
}
