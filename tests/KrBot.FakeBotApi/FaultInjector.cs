namespace KrBot.FakeBotApi;

/// <summary>Faults planned for the next calls of a method, and chats that have blocked or kicked the bot.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<PlannedFault> _planned = [];
    private readonly HashSet<long> _blockedChats = [];
    private readonly List<TimedFault> _timed = [];
    private readonly List<HeldCalls> _held = [];

    public void FailNext(string method, int times, FakeFault fault, long? chatId)
    {
        lock (_gate)
        {
            _planned.Add(new PlannedFault(method, chatId, fault) { Remaining = times });
        }
    }

    public void FailUntil(string method, DateTimeOffset until, FakeFault fault, long? chatId)
    {
        lock (_gate)
        {
            _timed.Add(new TimedFault(method, chatId, fault, until));
        }
    }

    /// <summary>Calls of the method wait unanswered until the returned handle is disposed.</summary>
    public IDisposable Hold(string method, long? chatId)
    {
        var held = new HeldCalls(method, chatId, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            _held.Add(held);
        }

        return new Release(() =>
        {
            lock (_gate)
            {
                _held.Remove(held);
            }

            held.Released.TrySetResult();
        });
    }

    public Task WaitIfHeldAsync(string method, long? chatId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var held = _held.Find(h => Matches(h.Method, h.ChatId, method, chatId));
            return held is null ? Task.CompletedTask : held.Released.Task.WaitAsync(cancellationToken);
        }
    }

    public void Block(long chatId)
    {
        lock (_gate)
        {
            _blockedChats.Add(chatId);
        }
    }

    /// <summary>The fault this call must get, if any; a planned fault is used up by it.</summary>
    public FakeFault? Take(string method, long? chatId, DateTimeOffset now)
    {
        lock (_gate)
        {
            _timed.RemoveAll(fault => fault.Until <= now);
            if (_timed.Find(fault => Matches(fault.Method, fault.ChatId, method, chatId)) is { } timed)
            {
                return timed.Fault;
            }

            var planned = _planned.Find(fault =>
                string.Equals(fault.Method, method, StringComparison.OrdinalIgnoreCase)
                && (fault.ChatId is null || fault.ChatId == chatId));
            if (planned is not null)
            {
                if (--planned.Remaining == 0)
                {
                    _planned.Remove(planned);
                }

                return planned.Fault;
            }

            // A blocked chat refuses whatever puts something into it; reading about it still works.
            if (chatId is { } id && _blockedChats.Contains(id) && IsSendOrEdit(method))
            {
                return FakeFault.Forbidden(id > 0
                    ? "Forbidden: bot was blocked by the user"
                    : "Forbidden: bot was kicked from the group chat");
            }

            return null;
        }
    }

    private static bool Matches(string plannedMethod, long? plannedChat, string method, long? chatId) =>
        string.Equals(plannedMethod, method, StringComparison.OrdinalIgnoreCase) && (plannedChat is null || plannedChat == chatId);

    private static bool IsSendOrEdit(string method) =>
        method.StartsWith("send", StringComparison.OrdinalIgnoreCase)
        || method.StartsWith("edit", StringComparison.OrdinalIgnoreCase);

    private sealed record TimedFault(string Method, long? ChatId, FakeFault Fault, DateTimeOffset Until);

    private sealed record HeldCalls(string Method, long? ChatId, TaskCompletionSource Released);

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }

    // A class, not a record: it is counted down in place and removed by reference.
    private sealed class PlannedFault(string method, long? chatId, FakeFault fault)
    {
        public string Method { get; } = method;

        public long? ChatId { get; } = chatId;

        public FakeFault Fault { get; } = fault;

        public int Remaining { get; set; }
    }
}
