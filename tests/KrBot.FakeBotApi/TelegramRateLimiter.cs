namespace KrBot.FakeBotApi;

/// <summary>
/// Telegram's flood limits for sending: 1 message a second to one chat, 20 a minute to one group (a negative
/// chat id), 30 a second in all. Refused sends do not count against the limits, as with Telegram.
/// </summary>
internal sealed class TelegramRateLimiter(TimeProvider timeProvider)
{
    private const int PerChatPerSecond = 1;
    private const int PerGroupPerMinute = 20;
    private const int OverallPerSecond = 30;

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _overall = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _byChat = [];

    private int _refused;

    public int Refused
    {
        get
        {
            lock (_gate)
            {
                return _refused;
            }
        }
    }

    /// <summary>Null when the send may go ahead (it is then counted), else the seconds Telegram would ask to wait.</summary>
    public int? TryAcquire(long chatId)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            Forget(_overall, now - Second);
            if (!_byChat.TryGetValue(chatId, out var chat))
            {
                _byChat[chatId] = chat = new Queue<DateTimeOffset>();
            }

            Forget(chat, now - (chatId < 0 ? Minute : Second));

            var wait = TimeSpan.Zero;
            if (_overall.Count >= OverallPerSecond)
            {
                wait = Max(wait, _overall.Peek() + Second - now);
            }

            var lastSecond = chat.Where(sentAt => sentAt > now - Second).ToList();
            if (lastSecond.Count >= PerChatPerSecond)
            {
                wait = Max(wait, lastSecond[^PerChatPerSecond] + Second - now);
            }

            if (chatId < 0 && chat.Count >= PerGroupPerMinute)
            {
                wait = Max(wait, chat.ElementAt(chat.Count - PerGroupPerMinute) + Minute - now);
            }

            if (wait > TimeSpan.Zero)
            {
                _refused++;
                return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            }

            _overall.Enqueue(now);
            chat.Enqueue(now);
            return null;
        }
    }

    private static void Forget(Queue<DateTimeOffset> sends, DateTimeOffset cutoff)
    {
        while (sends.TryPeek(out var sentAt) && sentAt <= cutoff)
        {
            sends.Dequeue();
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
