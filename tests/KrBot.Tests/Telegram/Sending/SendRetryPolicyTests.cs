using KrBot.Telegram.Sending;

namespace KrBot.Tests.Telegram.Sending;

public sealed class SendRetryPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Backoff_DoublesFromOneSecondUpToThirty()
    {
        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], new[] { 1, 2, 3, 4, 5, 6, 7, 20 }.Select(attempt => SendRetryPolicy.Backoff(attempt).TotalSeconds));
    }

    [Fact]
    public void Backoff_Jitter_SpreadsByTwentyPercentEitherWay()
    {
        Assert.Equal(TimeSpan.FromSeconds(3.2), SendRetryPolicy.Backoff(3, jitter: 0));
        Assert.Equal(TimeSpan.FromSeconds(4.8), SendRetryPolicy.Backoff(3, jitter: 1));
        Assert.Equal(TimeSpan.FromSeconds(36), SendRetryPolicy.Backoff(10, jitter: 1));
    }

    [Fact]
    public void Decide_ServerErrors_RetriedUntilTheNextTryWouldMissTheDeadline()
    {
        var send = Send(deadline: T0.AddSeconds(10));
        var error = new TelegramError(TelegramErrorKind.Transient, 502, "Bad Gateway");
        var now = T0;
        var actions = new List<SendAction>();
        for (var i = 0; i < 5; i++)
        {
            var decision = SendRetryPolicy.Decide(error, send, now, jitter: 0.5);
            actions.Add(decision.Action);
            now += decision.Delay;
        }

        // Tries at 0, 1, 3 and 7 s; the next would be at 15 s, past the 10 s deadline.
        Assert.Equal([SendAction.Retry, SendAction.Retry, SendAction.Retry, SendAction.GiveUp, SendAction.GiveUp], actions);
    }

    [Fact]
    public void Decide_TooManyRequests_AlwaysWaitsRetryAfter_HoweverOften()
    {
        var send = Send(deadline: T0.AddHours(1));
        var error = new TelegramError(TelegramErrorKind.TooManyRequests, 429, "Too Many Requests", TimeSpan.FromSeconds(3));

        var decisions = Enumerable.Range(0, 100).Select(i => SendRetryPolicy.Decide(error, send, T0.AddSeconds(3 * i), jitter: 0.5)).ToList();

        Assert.All(decisions, d => Assert.Equal(new SendDecision(SendAction.PauseAllAndRetry, TimeSpan.FromSeconds(3)), d));
        Assert.Equal(0, send.Failures);
    }

    [Fact]
    public void Decide_TooManyRequestsPastTheDeadline_GivesUpWithAReason()
    {
        var send = Send(deadline: T0.AddSeconds(2));
        var error = new TelegramError(TelegramErrorKind.TooManyRequests, 429, "Too Many Requests", TimeSpan.FromSeconds(3));

        var decision = SendRetryPolicy.Decide(error, send, T0, jitter: 0.5);

        Assert.Equal(SendAction.GiveUp, decision.Action);
        Assert.Contains("no longer worth delivering", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_DigestWhoseRequestMayHaveArrived_IsNotRetried_ButUnconfirmed()
    {
        var digest = new PendingSend(new OutgoingMessage(1, "d", "d") { DigestDate = new DateOnly(2026, 11, 26) }, T0.AddHours(1));
        var badGateway = new TelegramError(TelegramErrorKind.Transient, 502, "Bad Gateway");
        var refused = new TelegramError(TelegramErrorKind.Transient, 0, "Connection refused", NeverSent: true);

        Assert.Equal(SendAction.Retry, SendRetryPolicy.Decide(refused, digest, T0, 0.5).Action);
        Assert.Equal(SendAction.Unconfirmed, SendRetryPolicy.Decide(badGateway, digest, T0, 0.5).Action);
        Assert.Equal(SendAction.Retry, SendRetryPolicy.Decide(badGateway, Send(), T0, 0.5).Action); // an answer: at least once
    }

    [Fact]
    public void Decide_CantParseEntitiesTwice_PlainTextOnceThenGiveUp()
    {
        var send = Send();
        var error = new TelegramError(TelegramErrorKind.CantParseEntities, 400, "Bad Request: can't parse entities");

        Assert.Equal(SendAction.Retry, SendRetryPolicy.Decide(error, send, T0, 0.5).Action);
        Assert.True(send.AsPlainText);
        Assert.Equal(SendAction.GiveUp, SendRetryPolicy.Decide(error, send, T0, 0.5).Action);
    }

    [Fact]
    public void Decide_ReplyTargetMissingWithoutAReply_GiveUp()
    {
        var error = new TelegramError(TelegramErrorKind.ReplyTargetMissing, 400, "Bad Request: message to be replied not found");

        Assert.Equal(SendAction.GiveUp, SendRetryPolicy.Decide(error, Send(), T0, 0.5).Action);
        Assert.Equal(SendAction.Retry, SendRetryPolicy.Decide(error, Send(replyTo: 3), T0, 0.5).Action);
    }

    private static PendingSend Send(int? replyTo = null, DateTimeOffset? deadline = null) =>
        new(new OutgoingMessage(1, "<b>x</b>", "x", ReplyToMessageId: replyTo), deadline ?? T0.AddHours(1));
}
