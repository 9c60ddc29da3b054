namespace KrBot.FakeBotApi;

/// <summary>
/// Telegram's flood limits for sending: 1 message a second to one chat, 20 a minute to one group (a negative
/// chat id), 30 a second in all. Refused sends do not count against the limits, as with Telegram.
/// </summary>
internal sealed class TelegramRateLimiter
{
    private const int PerChatPerSecond = 1;
    private const int PerGroupPerMinute = 20;
    private const int OverallPerSecond = 30;

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _overall = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _byChat = [];

    private readonly List<string> _refusals = [];

    /// <summary>Why each refused send was refused, for a failing test's message.</summary>
    public IReadOnlyList<string> Refusals
    {
        get
        {
            lock (_gate)
            {
                return [.. _refusals];
            }
        }
    }

    public int Refused
    {
        get
        {
            lock (_gate)
            {
                return _refusals.Count;
            }
        }
    }

    /// <summary>Null when the send may go ahead (it is then counted), else the seconds Telegram would ask to wait.</summary>
    public int? TryAcquire(long chatId, DateTimeOffset now)
    {
        lock (_gate)
        {
            Forget(_overall, now - Second);
            if (!_byChat.TryGetValue(chatId, out var chat))
            {
                _byChat[chatId] = chat = new Queue<DateTimeOffset>();
            }

            Forget(chat, now - (chatId < 0 ? Minute : Second));

            var wait = TimeSpan.Zero;
            var why = "";
            if (_overall.Count >= OverallPerSecond && _overall.Peek() + Second - now is var overall && overall > wait)
            {
                (wait, why) = (overall, $"{_overall.Count} sends in the second before {now:HH:mm:ss.fff}");
            }

            var lastSecond = chat.Where(sentAt => sentAt > now - Second).ToList();
            if (lastSecond.Count >= PerChatPerSecond && lastSecond[^PerChatPerSecond] + Second - now is var perChat && perChat > wait)
            {
                (wait, why) = (perChat, $"chat {chatId} had one at {lastSecond[^1]:HH:mm:ss.fff}, this at {now:HH:mm:ss.fff}");
            }

            if (chatId < 0 && chat.Count >= PerGroupPerMinute && chat.ElementAt(chat.Count - PerGroupPerMinute) + Minute - now is var perGroup && perGroup > wait)
            {
                (wait, why) = (perGroup, $"group {chatId} had {chat.Count} in the minute before {now:HH:mm:ss.fff}");
            }

            if (wait > TimeSpan.Zero)
            {
                _refusals.Add(why);
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
