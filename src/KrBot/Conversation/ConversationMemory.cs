using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Conversation;

/// <summary>
/// Each person's last question per chat, so a follow-up ("and Lark?") can be understood, and the language they were
/// last answered in, so a button or a slash command is answered in it too. In memory only, bounded
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

    public ConversationState? Recall(long chatId, long userId) => Find(chatId, userId)?.State;

    public Language? RecallLanguage(long chatId, long userId) => Find(chatId, userId)?.Language;

    public void Remember(long chatId, long userId, ConversationState? state) => Update(chatId, userId, entry => entry with { State = state });

    public void RememberLanguage(long chatId, long userId, Language language) => Update(chatId, userId, entry => entry with { Language = language });

    private Entry? Find(long chatId, long userId)
    {
        lock (_gate)
        {
            if (!_threads.TryGetValue((chatId, userId), out var node)) return null;
            if (timeProvider.GetUtcNow() - node.Value.At <= Expiry) return node.Value;
            Forget(node);
            return null;
        }
    }

    private void Update(long chatId, long userId, Func<Entry, Entry> change)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var entry = new Entry((chatId, userId), null, null, now);
            if (_threads.TryGetValue((chatId, userId), out var old))
            {
                if (now - old.Value.At <= Expiry) entry = old.Value with { At = now };
                Forget(old);
            }

            entry = change(entry);
            if (entry.State is null && entry.Language is null) return;
            _threads[(chatId, userId)] = _byAge.AddLast(entry);
            while (_threads.Count > Capacity) Forget(_byAge.First!);
        }
    }

    private void Forget(LinkedListNode<Entry> node)
    {
        _byAge.Remove(node);
        _threads.Remove(node.Value.Key);
    }

    private sealed record Entry((long Chat, long User) Key, ConversationState? State, Language? Language, DateTimeOffset At);
}
