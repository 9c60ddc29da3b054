using KrBot.Telegram.Sending;
using Moq;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KrBot.Tests.Telegram.Sending;

/// <summary>What each kind of Telegram error does to the message, its chat and the rest of the queue.</summary>
public sealed partial class OutboundSenderTests
{
    [Fact]
    public async Task SendAsync_TooManyRequests_WaitsRetryAfterAndKeepsOrder()
    {
        await using var harness = new SenderHarness(new SenderOptions { MaxConcurrentSends = 1 });
        harness.Telegram = (_, index) => Task.FromResult<Exception?>(index == 0 ? Api(429, "Too Many Requests: retry after 5", retryAfter: 5) : null);
        var sends = new[] { harness.Send(1, "a0"), harness.Send(2, "b0"), harness.Send(1, "a1"), harness.Send(2, "b1"), harness.Send(1, "a2") };
        await harness.StartAsync();

        var outcomes = await harness.RunAllAsync(sends);

        Assert.All(outcomes, outcome => Assert.Equal(SendStatus.Sent, outcome.Status));
        Assert.Equal(5, outcomes.Select(outcome => outcome.MessageId).Distinct().Count());
        var requests = harness.Requests.ToList();
        Assert.Equal(TimeSpan.Zero, requests[0].At);
        Assert.All(requests.Skip(1), request => Assert.True(request.At >= TimeSpan.FromSeconds(5), $"sent at {request.At}, during the pause"));
        Assert.Equal(["<b>a0</b>", "<b>a0</b>", "<b>a1</b>", "<b>a2</b>"], harness.To(1).Select(request => request.Text));
        Assert.Equal(["<b>b0</b>", "<b>b1</b>"], harness.To(2).Select(request => request.Text));
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsForever_WaitsEachRetryAfterUntilTheMessageIsTooOld()
    {
        await using var harness = new SenderHarness(new SenderOptions { MaxAgeMinutes = 1 });
        harness.Telegram = (_, _) => Task.FromResult<Exception?>(Api(429, "Too Many Requests: retry after 3", retryAfter: 3));
        await harness.StartAsync();

        var outcome = (await harness.RunAllAsync([harness.Send(1, "hello")]))[0];

        Assert.Equal(SendStatus.Failed, outcome.Status);
        var times = harness.Requests.Select(request => request.At).ToList();
        Assert.Equal(Enumerable.Range(0, 21).Select(i => TimeSpan.FromSeconds(3 * i)), times); // every 3 s, up to the 60 s age
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Message.Contains("Gave up on a message to chat 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_MessagePastItsDeadlineBeforeTheFirstTry_IsGivenUpUnsent()
    {
        await using var harness = new SenderHarness();
        await harness.StartAsync();
        var stale = new OutgoingMessage(1, "<b>old</b>", "old") { Deadline = harness.Time.GetUtcNow().AddMinutes(-1) };

        var outcome = (await harness.RunAllAsync([harness.Sender.SendAsync(stale, default)]))[0];

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Empty(harness.Requests);
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnce_RetriedAfterASecondThenSent()
    {
        await using var harness = new SenderHarness();
        harness.Telegram = (_, index) => Task.FromResult<Exception?>(index == 0 ? Api(500, "Internal Server Error") : null);
        await harness.StartAsync();

        var outcome = (await harness.RunAllAsync([harness.Send(1, "hello")]))[0];

        Assert.Equal(SendStatus.Sent, outcome.Status);
        // The 1 s backoff, stretched to the chat's own spacing (1 s and the jitter margin).
        Assert.Equal([TimeSpan.Zero, RateLimits.From(new SenderOptions()).ChatInterval], harness.Requests.Select(request => request.At));
    }

    [Fact]
    public async Task Sends_AreCountedByResult_ForMetrics()
    {
        await using var harness = new SenderHarness();
        using var sends = harness.Metrics.Collect<long>("sends");
        harness.Telegram = (request, index) => Task.FromResult<Exception?>((request.ChatId.Identifier, index) switch
        {
            (1, 0) => Api(429, "Too Many Requests: retry after 1", retryAfter: 1),
            (1, _) when index < 3 => Api(502, "Bad Gateway"),
            (2, _) => Api(403, "Forbidden: bot was blocked by the user"),
            _ => null,
        });
        await harness.StartAsync();

        await harness.RunAllAsync([harness.Send(1, "hello"), harness.Send(2, "blocked")]);

        var byResult = sends.GetMeasurementSnapshot().GroupBy(m => (string)m.Tags["result"]!).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(1, byResult["429"]);
        Assert.True(byResult["5xx"] >= 1);
        Assert.Equal(1, byResult["403"]);
        Assert.Equal(1, byResult["ok"]);
    }

    [Fact]
    public async Task SendAsync_ServerErrorForever_RetriedWithDoublingBackoffUntilTooOld()
    {
        await using var harness = new SenderHarness(new SenderOptions { MaxAgeMinutes = 1 });
        harness.Telegram = (_, _) => Task.FromResult<Exception?>(Api(502, "Bad Gateway"));
        var first = harness.Send(1, "hello");
        var behind = harness.Send(1, "behind it");
        await harness.StartAsync();

        var outcomes = await harness.RunAllAsync([first, behind]);

        Assert.Equal(SendStatus.Failed, outcomes[0].Status);
        Assert.Contains("502", outcomes[0].Error, StringComparison.Ordinal);
        var forFirst = harness.Requests.Where(request => request.Text == "<b>hello</b>").Select(request => request.At);
        // 1, 2, 4, 8, 16 s apart, the first stretched to the chat's spacing; the next, at 61 s, would be too late.
        var stretch = RateLimits.From(new SenderOptions()).ChatInterval - TimeSpan.FromSeconds(1);
        Assert.Equal(new[] { 0, 1, 3, 7, 15, 31 }.Select(s => s == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(s) + stretch), forFirst);
        var texts = harness.Requests.Select(request => request.Text).ToList();
        Assert.True(texts.IndexOf("<b>behind it</b>") > texts.LastIndexOf("<b>hello</b>"), "the next message waits until the first is given up");
    }

    [Fact]
    public async Task SendAsync_NetworkError_Retried()
    {
        await using var harness = new SenderHarness();
        harness.Telegram = (_, index) => Task.FromResult<Exception?>(
            index == 0 ? new RequestException("Exception during making request", new HttpRequestException("Connection refused")) : null);
        await harness.StartAsync();

        var outcome = (await harness.RunAllAsync([harness.Send(1, "hello")]))[0];

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(2, harness.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_CantParseEntities_ResendsPlainTextOnceKeepingReplyAndKeyboard()
    {
        await using var harness = new SenderHarness();
        harness.Telegram = (request, _) => Task.FromResult<Exception?>(
            request.ParseMode == ParseMode.Html ? Api(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0") : null);
        var keyboard = new global::Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup(
            global::Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton.WithCallbackData("More", "q:1"));
        await harness.StartAsync();

        var send = harness.Sender.SendAsync(new OutgoingMessage(1, "<x>1 < 2</x>", "1 < 2", keyboard, 9), CancellationToken.None);
        var outcome = (await harness.RunAllAsync([send]))[0];

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var resent = harness.Requests.Last().Request;
        Assert.Equal(2, harness.Requests.Count);
        Assert.Equal("1 < 2", resent.Text);
        Assert.Equal(ParseMode.None, resent.ParseMode);
        Assert.Equal(9, resent.ReplyParameters?.MessageId);
        Assert.Same(keyboard, resent.ReplyMarkup);
    }

    [Fact]
    public async Task SendAsync_ReplyTargetDeleted_ResendsWithoutTheReply()
    {
        await using var harness = new SenderHarness();
        harness.Telegram = (request, _) => Task.FromResult<Exception?>(
            request.ReplyParameters is not null ? Api(400, "Bad Request: message to be replied not found") : null);
        await harness.StartAsync();

        var outcome = (await harness.RunAllAsync([harness.Send(-5, "answer", replyTo: 77)]))[0];

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(new int?[] { 77, null }, harness.Requests.Select(request => request.ReplyTo));
        Assert.All(harness.Requests, request => Assert.Equal(ParseMode.Html, request.ParseMode));
    }

    [Fact]
    public async Task SendAsync_Forbidden_ChatGoneQueuedDroppedLifecycleToldLaterRefused()
    {
        await using var harness = new SenderHarness();
        harness.Telegram = (request, _) => Task.FromResult<Exception?>(
            request.ChatId.Identifier == 7 ? Api(403, "Forbidden: bot was blocked by the user") : null);
        var toGone = new[] { harness.Send(7, "m0"), harness.Send(7, "m1"), harness.Send(7, "m2") };
        var elsewhere = harness.Send(8, "fine");
        await harness.StartAsync();

        var outcomes = await harness.RunAllAsync([.. toGone, elsewhere]);

        Assert.All(outcomes[..3], outcome => Assert.Equal(new SendOutcome(SendStatus.ChatGone, 7, Error: outcome.Error), outcome));
        Assert.Equal(SendStatus.Sent, outcomes[3].Status);
        Assert.Single(harness.To(7));
        harness.Lifecycle.Verify(lifecycle => lifecycle.ChatGoneAsync(7, It.IsAny<CancellationToken>()), Times.Once);
        var later = harness.Send(7, "later");
        Assert.True(later.IsCompletedSuccessfully);
        Assert.Equal(SendStatus.ChatGone, (await later).Status);
        Assert.Single(harness.To(7));
    }

    [Fact]
    public async Task ChatIsBack_AfterForbidden_SendsAgain()
    {
        await using var harness = new SenderHarness();
        harness.Telegram = (_, index) => Task.FromResult<Exception?>(index == 0 ? Api(403, "Forbidden: bot was kicked from the group chat") : null);
        await harness.StartAsync();
        await harness.RunAllAsync([harness.Send(-7, "before")]);

        harness.Sender.ChatIsBack(-7);
        var outcome = (await harness.RunAllAsync([harness.Send(-7, "after")]))[0];

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(2, harness.To(-7).Count());
    }

    [Fact]
    public async Task SendAsync_GroupMigrated_LifecycleToldAndQueueDeliveredToNewId()
    {
        const long group = -100, supergroup = -1001234567890;
        await using var harness = new SenderHarness();
        harness.Telegram = (request, _) => Task.FromResult<Exception?>(
            request.ChatId.Identifier == group ? Api(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: supergroup) : null);
        var sends = new[] { harness.Send(group, "g0"), harness.Send(group, "g1") };
        await harness.StartAsync();

        var outcomes = await harness.RunAllAsync(sends);
        var later = (await harness.RunAllAsync([harness.Send(group, "g2")]))[0];

        Assert.All(outcomes.Append(later), outcome => Assert.Equal((SendStatus.Sent, supergroup), (outcome.Status, outcome.ChatId)));
        Assert.Single(harness.To(group));
        Assert.Equal(["<b>g0</b>", "<b>g1</b>", "<b>g2</b>"], harness.To(supergroup).Select(request => request.Text));
        harness.Lifecycle.Verify(lifecycle => lifecycle.ChatMigratedAsync(group, supergroup, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SendAsync_OtherBadRequest_FailsAtOnce()
    {
        await using var harness = new SenderHarness();
        harness.Telegram = (_, _) => Task.FromResult<Exception?>(Api(400, "Bad Request: message is too long"));
        await harness.StartAsync();

        var outcome = (await harness.RunAllAsync([harness.Send(1, "long")]))[0];

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Contains("message is too long", outcome.Error, StringComparison.Ordinal);
        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task SendAsync_LifecycleThrows_StillChatGone()
    {
        await using var harness = new SenderHarness();
        harness.Lifecycle.Setup(lifecycle => lifecycle.ChatGoneAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("store down"));
        harness.Telegram = (_, _) => Task.FromResult<Exception?>(Api(403, "Forbidden: user is deactivated"));
        await harness.StartAsync();

        var outcome = (await harness.RunAllAsync([harness.Send(3, "hello")]))[0];

        Assert.Equal(SendStatus.ChatGone, outcome.Status);
    }

    internal static ApiRequestException Api(int code, string description, int? retryAfter = null, long? migrateTo = null) =>
        retryAfter is null && migrateTo is null
            ? new ApiRequestException(description, code)
            : new ApiRequestException(description, code, new ResponseParameters { RetryAfter = retryAfter, MigrateToChatId = migrateTo });
}
