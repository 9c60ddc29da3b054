namespace KrBot.Telegram.Sending;

/// <summary>
/// One chat's messages in order, and what its limits remember: when it may send next, and for a group the times
/// of its recent sends. The head stays queued while it is being sent, so a retry keeps its place.
/// Not thread-safe: <see cref="SendScheduler"/> guards it.
/// </summary>
internal sealed class ChatQueue(long chatId)
{
    private readonly Queue<PendingSend> _messages = new();
    private readonly Queue<DateTimeOffset> _recentSends = new();
    private DateTimeOffset _lastSend = DateTimeOffset.MinValue;

    /// <summary>Changes when the group migrates to a supergroup.</summary>
    public long ChatId { get; set; } = chatId;

    public bool IsGroup => ChatId < 0;

    /// <summary>Its head is with Telegram; nothing else from this chat may start.</summary>
    public bool Busy { get; set; }

    /// <summary>It waits in the scheduler's priority queue.</summary>
    public bool Scheduled { get; set; }

    /// <summary>Earliest next send, from the per-chat spacing or a retry's backoff.</summary>
    public DateTimeOffset NotBefore { get; set; } = DateTimeOffset.MinValue;

    /// <summary>The first message not yet finished (cancelled ones are dropped on the way), or null.</summary>
    public PendingSend? Head
    {
        get
        {
            while (_messages.TryPeek(out var head) && head.IsFinished)
            {
                _messages.Dequeue();
            }

            return _messages.Count > 0 ? _messages.Peek() : null;
        }
    }

    public void Add(PendingSend send)
    {
        send.Chat = this;
        _messages.Enqueue(send);
    }


    /// <summary>Empties the queue, head first.</summary>
    public List<PendingSend> TakeAll()
    {
        var all = new List<PendingSend>(_messages.Count);
        while (_messages.TryDequeue(out var send))
        {
            all.Add(send);
        }

        return all;
    }

    public void RecordSend(DateTimeOffset now, RateLimits limits)
    {
        if (!limits.Enabled)
        {
            return;
        }

        _lastSend = now;
        NotBefore = Max(NotBefore, now + limits.ChatInterval);
        if (IsGroup)
        {
            _recentSends.Enqueue(now);
            while (_recentSends.Count > limits.GroupPerMinute)
            {
                _recentSends.Dequeue();
            }
        }
    }

    /// <summary>When this chat's own limits let it send next; the global ones are the scheduler's.</summary>
    public DateTimeOffset EarliestSend(RateLimits limits) =>
        limits.Enabled && IsGroup && _recentSends.Count >= limits.GroupPerMinute
            ? Max(NotBefore, _recentSends.Peek() + limits.GroupWindow)
            : NotBefore;

    /// <summary>Nothing queued or in flight, and no limit of its own left to remember: the chat can be forgotten.</summary>
    public bool CanForget(DateTimeOffset now, RateLimits limits) =>
        !Busy && !Scheduled && Head is null && NotBefore <= now && _lastSend + limits.GroupWindow <= now;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
