using KrBot.Core.Understanding;

namespace KrBot.Conversation;

/// <summary>
/// Each person's last question per chat, so a follow-up ("and Lark?") can be understood. In memory only, bounded
/// and short-lived: a thread older than <see cref="Expiry"/> is forgotten, and past <see cref="Capacity"/> people
/// the least recent go first. In a group each member has a thread of their own, so two conversations never mix.
/// </summary>
internal sealed class ConversationMemory(TimeProvider timeProvider)
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<(long Chat, long User), LinkedListNode<Entry>> _threads = [];
    private readonly LinkedList<Entry> _byAge = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _threads.Count;
            }
        }
    }

    public ConversationState? Recall(long chatId, long userId)
    {
        lock (_gate)
        {
            if (!_threads.TryGetValue((chatId, userId), out var node)) return null;
            if (timeProvider.GetUtcNow() - node.Value.At <= Expiry) return node.Value.State;
            Forget(node);
            return null;
        }
    }

    public void Remember(long chatId, long userId, ConversationState? state)
    {
        lock (_gate)
        {
            if (_threads.TryGetValue((chatId, userId), out var old)) Forget(old);
            if (state is null) return;
            _threads[(chatId, userId)] = _byAge.AddLast(new Entry((chatId, userId), state, timeProvider.GetUtcNow()));
            while (_threads.Count > Capacity) Forget(_byAge.First!);
        }
    }

    private void Forget(LinkedListNode<Entry> node)
    {
        _byAge.Remove(node);
        _threads.Remove(node.Value.Key);
    }

    private sealed record Entry((long Chat, long User) Key, ConversationState State, DateTimeOffset At);
}
