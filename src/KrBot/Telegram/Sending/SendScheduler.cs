namespace KrBot.Telegram.Sending;

/// <summary>
/// Decides which message goes next. Chats with something to send wait in a priority queue keyed by the time their
/// own limits let them send (then by arrival), so picking the next costs O(log n) however many chats wait; the
/// global spacing and a 429 pause apply to whichever chat is first. A chat leaves the queue while its head is in
/// flight and comes back when that attempt is over, which is what keeps each chat in order.
/// Not thread-safe: <see cref="OutboundSender"/> calls it under its lock. Time is passed in.
/// </summary>
internal sealed class SendScheduler(SenderOptions options)
{
    private static readonly TimeSpan ForgetEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CatchUp = TimeSpan.FromMilliseconds(5); // how late a send may be taken and still keep the pace

    private readonly RateLimits _limits = RateLimits.From(options);
    private readonly int _maxInFlight = options.MaxConcurrentSends;
    private readonly Dictionary<long, ChatQueue> _chats = [];
    private readonly Dictionary<long, long> _migrated = [];
    private readonly HashSet<long> _gone = [];
    private readonly PriorityQueue<ChatQueue, (DateTimeOffset Due, long Arrival)> _ready = new();
    private long _arrivals;
    private DateTimeOffset _nextGlobalSend = DateTimeOffset.MinValue;
    private readonly Queue<DateTimeOffset> _departures = new();
    private int _leaving; // taken, their request not yet left: they will leave within the window of the next
    private readonly int _globalPerSecond = options.GlobalPerSecond;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _nextForget = DateTimeOffset.MinValue;

    public int InFlight { get; private set; }

    /// <summary>Messages wait or are in flight. (A chat in the queue whose messages were all cancelled counts until it is looked at.)</summary>
    public bool HasWork => InFlight > 0 || _ready.Count > 0;

    /// <summary>Chats remembered: those with messages, and recent ones whose limits still apply.</summary>
    public int ChatCount => _chats.Count;

    /// <summary>Where messages for <paramref name="chatId"/> go now: its supergroup's id if it migrated.</summary>
    public long Resolve(long chatId)
    {
        for (var hops = 0; hops <= SendRetryPolicy.MaxMigrations && _migrated.TryGetValue(chatId, out var next); hops++)
        {
            chatId = next;
        }

        return chatId;
    }


    public void ChatIsBack(long chatId) => _gone.Remove(Resolve(chatId));

    /// <summary>Queues the message behind the chat's others; false (and not queued) when the chat is gone.</summary>
    public bool Enqueue(PendingSend send)
    {
        var chatId = Resolve(send.Message.ChatId);
        if (_gone.Contains(chatId))
        {
            return false;
        }

        if (!_chats.TryGetValue(chatId, out var chat))
        {
            _chats[chatId] = chat = new ChatQueue(chatId);
        }

        chat.Add(send);
        Schedule(chat);
        return true;
    }

    /// <summary>
    /// The next message allowed to go at <paramref name="now"/>, marked in flight and counted against the limits.
    /// When there is none, <paramref name="wakeAt"/> is when one will be, or null if only a new message or a
    /// finished attempt can change that.
    /// </summary>
    public bool TryTake(DateTimeOffset now, out PendingSend send, out DateTimeOffset? wakeAt)
    {
        ForgetIdleChats(now);
        send = null!;
        wakeAt = null;
        while (_ready.TryPeek(out var chat, out var key))
        {
            if (chat.Head is not { } head)
            {
                _ready.Dequeue();
                chat.Scheduled = false;
                continue;
            }

            if (InFlight >= _maxInFlight)
            {
                return false;
            }

            var due = Max(key.Due, Max(_pausedUntil, _limits.Enabled ? Max(_nextGlobalSend, WindowOpens()) : DateTimeOffset.MinValue));
            if (due > now)
            {
                wakeAt = due == DateTimeOffset.MaxValue ? null : due;
                return false;
            }

            _ready.Dequeue();
            chat.Scheduled = false;
            chat.Busy = true;
            head.InFlight = true;
            head.HasLeft = false;
            InFlight++;
            _leaving++;
            chat.RecordSend(now, _limits);
            if (_limits.Enabled)
            {
                // A send taken a few milliseconds after its turn (a timer fires late) keeps the pace of the ones
                // before it, so the next makes up for it: otherwise each late millisecond is lost for good, about 1 s
                // over 1,000 digests. Later than CatchUp, the sender was idle or stalled and starts a new pace: a
                // stall's requests may still be on their way, and catching up on them bunched them up at Telegram.
                var onPace = now - _nextGlobalSend <= CatchUp;
                _nextGlobalSend = (onPace ? _nextGlobalSend : now) + _limits.GlobalInterval;
            }

            send = head;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The attempt at <paramref name="send"/> is over. If it was completed it leaves the queue; otherwise it stays
    /// first in its chat and goes again no earlier than <paramref name="retryAt"/>.
    /// </summary>
    public void Finish(PendingSend send, DateTimeOffset? retryAt = null)
    {
        var chat = send.Chat!;
        if (!send.HasLeft) _leaving--; // the attempt ended before its request left
        send.InFlight = false;
        chat.Busy = false;
        InFlight--;
        if (retryAt is { } at && at > chat.NotBefore)
        {
            chat.NotBefore = at;
        }

        Schedule(chat);
    }

    /// <summary>
    /// A request is leaving now. Spacing is decided when a message is taken, but a request may leave later (a digest's
    /// attempt is written to the store first; a busy machine delays a thread): the next ones must not then crowd it.
    /// So besides the spacing, no more than GlobalPerSecond requests leave within any second and its margin, counting
    /// those taken and about to leave (see WindowOpens).
    /// </summary>
    public void Departed(PendingSend send, DateTimeOffset at)
    {
        if (!send.HasLeft)
        {
            send.HasLeft = true;
            _leaving--;
        }

        if (!_limits.Enabled) return;
        _departures.Enqueue(at);
        while (_departures.Count > _globalPerSecond) _departures.Dequeue();
    }

    /// <summary>Nothing goes to any chat before <paramref name="until"/> (Telegram's retry_after).</summary>
    public void PauseAll(DateTimeOffset until) => _pausedUntil = Max(_pausedUntil, until);

    /// <summary>Remembers the chat as gone and hands back everything still queued for it, in flight or not.</summary>
    public List<PendingSend> MarkGone(ChatQueue chat)
    {
        _gone.Add(chat.ChatId);
        Forget(chat);
        return chat.TakeAll().FindAll(send => !send.IsFinished);
    }

    /// <summary>
    /// The chat's messages go to <paramref name="newChatId"/> from now on, as do later ones addressed to the old id.
    /// Messages already queued for the new id (rare) join behind ours unless one of them is in flight.
    /// </summary>
    public void Migrate(ChatQueue chat, long newChatId)
    {
        _migrated[chat.ChatId] = newChatId;
        Forget(chat);
        chat.ChatId = newChatId;
        if (_chats.TryGetValue(newChatId, out var existing))
        {
            if (existing.Busy)
            {
                return;
            }

            if (existing.Scheduled)
            {
                _ready.Remove(existing, out _, out _);
            }

            foreach (var send in existing.TakeAll())
            {
                chat.Add(send);
            }
        }

        _chats[newChatId] = chat;
    }

    /// <summary>Takes every message not in flight (for shutdown); attempts in flight are left to finish.</summary>
    public List<PendingSend> TakeAllWaiting()
    {
        var waiting = new List<PendingSend>();
        var chats = _chats.Values.Concat(_ready.UnorderedItems.Select(item => item.Element)).Distinct().ToList();
        foreach (var chat in chats)
        {
            waiting.AddRange(chat.TakeAll().Where(send => !send.IsFinished && !send.InFlight));
        }

        return waiting;
    }

    /// <summary>
    /// When one more may be taken without more than GlobalPerSecond requests leaving within a window: the sends taken
    /// and not yet left may leave at any moment, so each takes the place of one recorded departure. MaxValue when
    /// those alone fill the window (then a finished attempt wakes the sender).
    /// </summary>
    private DateTimeOffset WindowOpens()
    {
        var over = _departures.Count + _leaving - _globalPerSecond;
        if (over < 0) return DateTimeOffset.MinValue;
        return over < _departures.Count ? _departures.ElementAt(over) + TimeSpan.FromSeconds(1 + RateLimits.Margin) : DateTimeOffset.MaxValue;
    }

    private void Schedule(ChatQueue chat)
    {
        if (chat.Busy || chat.Scheduled || chat.Head is null)
        {
            return;
        }

        chat.Scheduled = true;
        _ready.Enqueue(chat, (chat.EarliestSend(_limits), _arrivals++));
    }

    private void Forget(ChatQueue chat)
    {
        if (_chats.TryGetValue(chat.ChatId, out var known) && known == chat)
        {
            _chats.Remove(chat.ChatId);
        }
    }

    /// <summary>Once a minute, drops chats with nothing to send whose limits have lapsed; O(chats), so rarely.</summary>
    private void ForgetIdleChats(DateTimeOffset now)
    {
        if (now < _nextForget)
        {
            return;
        }

        _nextForget = now + ForgetEvery;
        foreach (var (chatId, chat) in _chats)
        {
            if (chat.CanForget(now, _limits))
            {
                _chats.Remove(chatId);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
