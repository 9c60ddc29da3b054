namespace KrBot.FakeBotApi;

/// <summary>Every call the fake received and every message it accepted, in arrival order, safe to read while the bot runs.</summary>
internal sealed class RequestJournal(ChangeSignal changed)
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<SentMessage> _sentMessages = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<SentMessage> SentMessages
    {
        get
        {
            lock (_gate)
            {
                return [.. _sentMessages];
            }
        }
    }

    public int SentMessageCount
    {
        get
        {
            lock (_gate)
            {
                return _sentMessages.Count;
            }
        }
    }

    public void Record(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }

        changed.Pulse();
    }

    public void RecordSent(SentMessage message)
    {
        lock (_gate)
        {
            _sentMessages.Add(message);
        }

        changed.Pulse();
    }

    public RecordedRequest? FindRequest(string method)
    {
        lock (_gate)
        {
            return _requests.Find(request => string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The bot's own message with that id in that chat, if it sent one.</summary>
    public SentMessage? FindSent(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _sentMessages.FindLast(message => message.ChatId == chatId && message.MessageId == messageId);
        }
    }

    public SentMessage? LastSentTo(long chatId)
    {
        lock (_gate)
        {
            return _sentMessages.FindLast(message => message.ChatId == chatId);
        }
    }
}
