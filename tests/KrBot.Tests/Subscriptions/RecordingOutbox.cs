using System.Collections.Concurrent;
using KrBot.Telegram.Sending;

namespace KrBot.Tests.Subscriptions;

/// <summary>An outbox that records what it is handed to deliver.</summary>
internal sealed class RecordingOutbox : IOutbox
{
    public ConcurrentQueue<OutgoingMessage> Sent { get; } = new();

    public void Deliver(IReadOnlyList<OutgoingMessage> messages)
    {
        foreach (var message in messages) Sent.Enqueue(message);
    }

    public int DigestsTo(long chatId) => Sent.Count(m => m.ChatId == chatId && m.PlainText.StartsWith("KrBot digest", StringComparison.Ordinal));
}
