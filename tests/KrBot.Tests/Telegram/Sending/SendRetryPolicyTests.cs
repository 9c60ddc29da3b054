using KrBot.Telegram.Sending;

namespace KrBot.Tests.Telegram.Sending;

public sealed class SendRetryPolicyTests
{
    [Fact]
    public void Backoff_DoublesFromOneSecondUpToThirty()
    {
        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], new[] { 1, 2, 3, 4, 5, 6, 7, 20 }.Select(attempt => SendRetryPolicy.Backoff(attempt).TotalSeconds));
    }

    [Fact]
    public void Decide_ServerErrors_RetriedUpToMaxRetriesThenGiveUp()
    {
        var send = Send();
        var error = new TelegramError(TelegramErrorKind.Transient, 500, "Internal Server Error");

        var decisions = Enumerable.Range(0, 3).Select(_ => SendRetryPolicy.Decide(error, send, maxRetries: 2).Action).ToList();

        Assert.Equal([SendAction.Retry, SendAction.Retry, SendAction.GiveUp], decisions);
    }

    [Fact]
    public void Decide_TooManyRequests_DoesNotUseUpRetries()
    {
        var send = Send();
        var error = new TelegramError(TelegramErrorKind.TooManyRequests, 429, "Too Many Requests", TimeSpan.FromSeconds(3));

        var decision = SendRetryPolicy.Decide(error, send, maxRetries: 0);

        Assert.Equal(new SendDecision(SendAction.PauseAllAndRetry, TimeSpan.FromSeconds(3)), decision);
        Assert.Equal(0, send.Failures);
    }

    [Fact]
    public void Decide_CantParseEntitiesTwice_PlainTextOnceThenGiveUp()
    {
        var send = Send();
        var error = new TelegramError(TelegramErrorKind.CantParseEntities, 400, "Bad Request: can't parse entities");

        Assert.Equal(SendAction.Retry, SendRetryPolicy.Decide(error, send, 5).Action);
        Assert.True(send.AsPlainText);
        Assert.Equal(SendAction.GiveUp, SendRetryPolicy.Decide(error, send, 5).Action);
    }

    [Fact]
    public void Decide_ReplyTargetMissingWithoutAReply_GiveUp()
    {
        var error = new TelegramError(TelegramErrorKind.ReplyTargetMissing, 400, "Bad Request: message to be replied not found");

        Assert.Equal(SendAction.GiveUp, SendRetryPolicy.Decide(error, Send(), 5).Action);
        Assert.Equal(SendAction.Retry, SendRetryPolicy.Decide(error, Send(replyTo: 3), 5).Action);
    }

    private static PendingSend Send(int? replyTo = null) => new(new OutgoingMessage(1, "<b>x</b>", "x", ReplyToMessageId: replyTo));
}
