using Microsoft.Extensions.Options;

namespace KrBot.Telegram.Routing;

internal enum FloodVerdict
{
    Allow,
    /// <summary>Over the limit for the first time in this window: say "slow down" once.</summary>
    Warn,
    /// <summary>Still over the limit: drop without doing any work.</summary>
    Drop,
}

/// <summary>
/// Per-user flood control over a sliding window. A user who sends dozens of messages a second is told once to
/// slow down; the rest are dropped before they cost anything. Memory stays bounded: idle users are forgotten.
/// </summary>
internal sealed class FloodGuard(IOptions<TelegramOptions> options, TimeProvider timeProvider)
{
    private readonly Dictionary<long, UserWindow> _users = [];
    private readonly Lock _lock = new();

    public FloodVerdict Check(long userId)
    {
        var now = timeProvider.GetUtcNow();
        var window = TimeSpan.FromSeconds(options.Value.FloodWindowSeconds);
        lock (_lock)
        {
            if (_users.Count > 10_000) Forget(now - window);
            if (!_users.TryGetValue(userId, out var user)) _users[userId] = user = new UserWindow();

            while (user.Times.Count > 0 && user.Times.Peek() <= now - window) user.Times.Dequeue();
            if (user.Times.Count < options.Value.FloodMaxMessages)
            {
                user.Times.Enqueue(now);
                user.Warned = false;
                return FloodVerdict.Allow;
            }

            if (user.Warned) return FloodVerdict.Drop;
            user.Warned = true;
            return FloodVerdict.Warn;
        }
    }

    private void Forget(DateTimeOffset before)
    {
        foreach (var (id, user) in _users.Where(u => u.Value.Times.Count == 0 || u.Value.Times.Max() <= before).ToList()) _users.Remove(id);
    }

    private sealed class UserWindow
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public bool Warned { get; set; }
    }
}
