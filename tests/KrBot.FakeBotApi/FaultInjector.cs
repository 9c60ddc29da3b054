namespace KrBot.FakeBotApi;

/// <summary>Faults planned for the next calls of a method, and chats that have blocked or kicked the bot.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<PlannedFault> _planned = [];
    private readonly HashSet<long> _blockedChats = [];

    public void FailNext(string method, int times, FakeFault fault, long? chatId)
    {
        lock (_gate)
        {
            _planned.Add(new PlannedFault(method, chatId, fault) { Remaining = times });
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
    public FakeFault? Take(string method, long? chatId)
    {
        lock (_gate)
        {
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

    private static bool IsSendOrEdit(string method) =>
        method.StartsWith("send", StringComparison.OrdinalIgnoreCase)
        || method.StartsWith("edit", StringComparison.OrdinalIgnoreCase);

    // A class, not a record: it is counted down in place and removed by reference.
    private sealed class PlannedFault(string method, long? chatId, FakeFault fault)
    {
        public string Method { get; } = method;

        public long? ChatId { get; } = chatId;

        public FakeFault Fault { get; } = fault;

        public int Remaining { get; set; }
    }
}
