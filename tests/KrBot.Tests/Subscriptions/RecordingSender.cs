using System.Collections.Concurrent;
using KrBot.Telegram.Sending;

namespace KrBot.Tests.Subscriptions;

/// <summary>An outbound sender that records what it is asked to send and answers as told (Sent by default).</summary>
internal sealed class RecordingSender : IOutboundSender
{
    public ConcurrentQueue<OutgoingMessage> Sent { get; } = new();

    public Func<OutgoingMessage, SendOutcome> Behaviour { get; set; } = m => new SendOutcome(SendStatus.Sent, m.ChatId, 1);

    public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var outcome = Behaviour(message);
        if (outcome.Status == SendStatus.Sent) Sent.Enqueue(message);
        return Task.FromResult(outcome);
    }

    public void ChatIsBack(long chatId)
    {
    }

    public int DigestsTo(long chatId) => Sent.Count(m => m.ChatId == chatId && m.PlainText.StartsWith("KrBot digest", StringComparison.Ordinal));
}
