namespace KrBot.FakeBotApi;

/// <summary>
/// What the fake knows about chats: their type and title, the last message id in each (Telegram numbers messages
/// per chat, incoming and outgoing alike) and the member statuses tests have set.
/// </summary>
internal sealed class ChatDirectory
{
    public const string DefaultMemberStatus = "member";

    private static readonly HashSet<string> ChatTypes = ["private", "group", "supergroup", "channel"];

    private static readonly HashSet<string> MemberStatuses =
        ["creator", "administrator", "member", "restricted", "left", "kicked"];

    private readonly Lock _gate = new();
    private readonly Dictionary<long, ChatInfo> _chats = [];
    private readonly Dictionary<long, int> _lastMessageIds = [];
    private readonly Dictionary<(long ChatId, long UserId), string> _memberStatuses = [];

    public void Remember(long chatId, string chatType, string? title)
    {
        if (!ChatTypes.Contains(chatType))
        {
            throw new ArgumentException($"Unknown chat type '{chatType}'; use one of {string.Join(", ", ChatTypes)}.", nameof(chatType));
        }

        lock (_gate)
        {
            _chats[chatId] = new ChatInfo(chatId, chatType, title ?? (chatType == "private" ? null : $"Test chat {chatId}"));
        }
    }

    /// <summary>The chat as remembered, or as its id suggests: positive ids are users, -100... ids supergroups.</summary>
    public ChatInfo Describe(long chatId)
    {
        lock (_gate)
        {
            if (_chats.TryGetValue(chatId, out var known))
            {
                return known;
            }
        }

        return chatId switch
        {
            > 0 => new ChatInfo(chatId, "private", null),
            <= -1_000_000_000_000 => new ChatInfo(chatId, "supergroup", $"Test chat {chatId}"),
            _ => new ChatInfo(chatId, "group", $"Test chat {chatId}"),
        };
    }

    public int NextMessageId(long chatId)
    {
        lock (_gate)
        {
            var next = _lastMessageIds.GetValueOrDefault(chatId) + 1;
            _lastMessageIds[chatId] = next;
            return next;
        }
    }

    public void SetMemberStatus(long chatId, long userId, string status)
    {
        if (!MemberStatuses.Contains(status))
        {
            throw new ArgumentException($"Unknown member status '{status}'; use one of {string.Join(", ", MemberStatuses)}.", nameof(status));
        }

        lock (_gate)
        {
            _memberStatuses[(chatId, userId)] = status;
        }
    }

    public string GetMemberStatus(long chatId, long userId)
    {
        lock (_gate)
        {
            return _memberStatuses.GetValueOrDefault((chatId, userId), DefaultMemberStatus);
        }
    }
}
