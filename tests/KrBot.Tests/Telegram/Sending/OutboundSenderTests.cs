using System.Collections.Concurrent;
using KrBot.Telegram.Sending;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Tests.Telegram.Sending;

/// <summary>Order, shape, cancellation and shutdown. Limits and errors are in the other parts of this class.</summary>
public sealed partial class OutboundSenderTests
{
    private static readonly SenderOptions Unlimited = new() { RateLimitsEnabled = false };

    [Fact]
    public async Task SendAsync_OneMessage_SendsHtmlWithoutPreviewWithReplyAndKeyboard()
    {
        await using var harness = new SenderHarness();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("More", "q:1"));
        await harness.StartAsync();

        var outcome = await harness.Sender.SendAsync(new OutgoingMessage(42, "<b>hi</b>", "hi", keyboard, ReplyToMessageId: 7), CancellationToken.None);

        Assert.Equal(new SendOutcome(SendStatus.Sent, 42, 1), outcome);
        var request = Assert.Single(harness.Requests).Request;
        Assert.Equal("<b>hi</b>", request.Text);
        Assert.Equal(ParseMode.Html, request.ParseMode);
        Assert.Equal(7, request.ReplyParameters?.MessageId);
        Assert.Same(keyboard, request.ReplyMarkup);
        Assert.True(request.LinkPreviewOptions?.IsDisabled);
    }

    [Fact]
    public async Task SendAsync_FiveChatsConcurrently_KeepsEachChatInOrderOneAtATime()
    {
        await using var harness = new SenderHarness(new SenderOptions { RateLimitsEnabled = false, MaxConcurrentSends = 4 });
        var inFlightPerChat = new ConcurrentDictionary<long, int>();
        int inFlight = 0, mostInFlight = 0, overlapsInAChat = 0;
        harness.Telegram = async (request, _) =>
        {
            var chatId = request.ChatId.Identifier!.Value;
            if (inFlightPerChat.AddOrUpdate(chatId, 1, (_, n) => n + 1) > 1) Interlocked.Increment(ref overlapsInAChat);
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostInFlight, now);
            await Task.Delay(Random.Shared.Next(0, 3));
            Interlocked.Decrement(ref inFlight);
            inFlightPerChat.AddOrUpdate(chatId, 0, (_, n) => n - 1);
            return null;
        };
        await harness.StartAsync();

        // Messages keep arriving while earlier ones to the same chat are in flight.
        var sends = new List<Task<SendOutcome>>();
        for (var i = 0; i < 20; i++)
        {
            sends.AddRange(Enumerable.Range(1, 5).Select(chat => harness.Send(chat, $"{chat}:{i}")));
            await Task.Delay(1);
        }

        var outcomes = await harness.RunAllAsync(sends);

        Assert.All(outcomes, outcome => Assert.Equal(SendStatus.Sent, outcome.Status));
        for (var chat = 1; chat <= 5; chat++)
        {
            Assert.Equal(Enumerable.Range(0, 20).Select(i => $"{chat}:{i}"), harness.To(chat).Select(request => request.Text.Replace("<b>", "").Replace("</b>", "")));
        }

        Assert.Equal(0, overlapsInAChat);
        Assert.InRange(mostInFlight, 2, 4);
    }

    [Fact]
    public async Task SendAsync_CallerCancelsBeforeItGoesOut_CancelledAndNeverSent()
    {
        await using var harness = new SenderHarness();
        using var cancel = new CancellationTokenSource();
        var dropped = harness.Send(1, "dropped", cancellationToken: cancel.Token);
        var kept = harness.Send(1, "kept");
        await cancel.CancelAsync();
        await harness.StartAsync();

        var outcomes = await harness.RunAllAsync([dropped, kept]);

        Assert.Equal(new[] { SendStatus.Cancelled, SendStatus.Sent }, outcomes.Select(outcome => outcome.Status));
        Assert.Equal("<b>kept</b>", Assert.Single(harness.Requests).Text);
        Assert.Equal(SendStatus.Cancelled, (await harness.Send(1, "late", cancellationToken: cancel.Token)).Status);
    }

    [Fact]
    public async Task StopAsync_KeepsDeliveringWhatIsQueued_ThenStops()
    {
        var harness = new SenderHarness(new SenderOptions { MaxConcurrentSends = 1, RateLimitsEnabled = false });
        var release = new TaskCompletionSource<Exception?>();
        harness.Telegram = (_, index) => index == 0 ? release.Task : Task.FromResult<Exception?>(null);
        var sends = new[] { harness.Send(1, "first"), harness.Send(1, "second"), harness.Send(2, "other chat") };
        await harness.StartAsync();
        await WaitUntil(() => !harness.Requests.IsEmpty);

        var stopping = harness.Sender.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        release.SetResult(null);
        await stopping.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.All(await Task.WhenAll(sends), outcome => Assert.Equal(SendStatus.Sent, outcome.Status));
        Assert.Equal(3, harness.Requests.Count);
        Assert.True(harness.Sender.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(SendStatus.Cancelled, (await harness.Send(1, "after stop")).Status);
        harness.Sender.Dispose();
    }

    [Fact]
    public async Task StopAsync_NearTheDeadline_StartsNoNewRequest_SoNoneIsAbandonedHalfway()
    {
        var harness = new SenderHarness(new SenderOptions { MaxConcurrentSends = 1, RateLimitsEnabled = false }, shutdownTimeout: TimeSpan.FromSeconds(2));
        harness.Telegram = async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            return null;
        };
        var sends = Enumerable.Range(0, 20).Select(i => harness.Send(1, $"m{i}")).ToArray();
        await harness.StartAsync();
        await WaitUntil(() => !harness.Requests.IsEmpty);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await harness.Sender.StopAsync(deadline.Token).WaitAsync(TimeSpan.FromSeconds(5));
        var outcomes = await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Contains(outcomes, o => o.Status == SendStatus.Sent);
        Assert.Contains(outcomes, o => o.Status == SendStatus.Cancelled);
        Assert.DoesNotContain(outcomes, o => o.Error == "abandoned at shutdown"); // every request started came back
        Assert.Equal(outcomes.Count(o => o.Status == SendStatus.Sent), harness.Requests.Count);
        harness.Sender.Dispose();
    }

    [Fact]
    public async Task StopAsync_ShutdownDeadlinePasses_WhatIsLeftIsCancelledAndSaidToStayInTheOutbox()
    {
        var harness = new SenderHarness(new SenderOptions { MaxConcurrentSends = 1, RateLimitsEnabled = false });
        // Telegram answers only after a second; the client then sees its cancelled token, as HttpClient would.
        harness.Telegram = async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            return null;
        };
        var inFlight = harness.Send(1, "first");
        var queued = harness.Send(1, "second");
        await harness.StartAsync();
        await WaitUntil(() => !harness.Requests.IsEmpty);

        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await harness.Sender.StopAsync(deadline.Token).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(SendStatus.Cancelled, (await inFlight).Status);
        Assert.Equal(SendStatus.Cancelled, (await queued).Status);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Message.Contains("1 messages not sent yet stay in the outbox", StringComparison.Ordinal));
        harness.Sender.Dispose();
    }

    [Fact]
    public async Task SendAsync_Failures_LogChatIdsButNeverMessageText()
    {
        await using var harness = new SenderHarness(new SenderOptions { MaxAgeMinutes = 1 });
        harness.Telegram = (request, _) => Task.FromResult<Exception?>(request.ChatId.Identifier == 1 ? Api(500, "Internal Server Error") : Api(403, "Forbidden: bot was blocked by the user"));
        await harness.StartAsync();

        await harness.RunAllAsync([harness.Send(1, "my secret question"), harness.Send(2, "my secret question")]);

        var records = harness.Logger.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, record => record.Message.Contains("secret", StringComparison.Ordinal));
        Assert.Contains(records, record => record.Message.Contains("chat 2", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited++)
        {
            Assert.True(waited < 5000, "condition not met within 5 s");
            await Task.Delay(1);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
        }
    }
}
