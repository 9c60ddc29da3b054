namespace KrBot.FakeBotApi;

// Arranging what Telegram will say: faults, blocked chats, members.
public sealed partial class FakeBotApiServer
{
    /// <summary>
    /// Answers the next <paramref name="times"/> calls of <paramref name="method"/> (any letter case) with
    /// <paramref name="fault"/>, optionally only calls for <paramref name="chatId"/>. Faulted calls are recorded
    /// as requests, never as sent messages.
    /// </summary>
    public void FailNext(string method, int times, FakeFault fault, long? chatId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        ArgumentNullException.ThrowIfNull(fault);
        _state.Faults.FailNext(method, times, fault, chatId);
    }

    /// <summary>
    /// Answers every call of <paramref name="method"/> with <paramref name="fault"/> for <paramref name="duration"/> from
    /// now (on the server's clock), e.g. a minute of 502s: a Telegram incident.
    /// </summary>
    public void FailFor(string method, TimeSpan duration, FakeFault fault, long? chatId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(fault);
        _state.Faults.FailUntil(method, _state.Now + duration, fault, chatId);
    }

    /// <summary>
    /// Leaves calls of <paramref name="method"/> (optionally for one chat) unanswered until the handle is disposed: a
    /// request in flight, to kill the bot in the middle of. A held call that is then answered behaves as usual.
    /// </summary>
    public IDisposable Hold(string method, long? chatId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return _state.Faults.Hold(method, chatId);
    }

    /// <summary>From now on every send or edit to the chat gets 403: blocked by the user, or kicked from a group.</summary>
    public void BlockChat(long chatId) => _state.Faults.Block(chatId);

    /// <summary>
    /// What getChatMember reports for the user in the chat: "creator", "administrator", "member" (the default),
    /// "restricted", "left" or "kicked".
    /// </summary>
    public void SetChatMemberStatus(long chatId, long userId, string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        _state.Chats.SetMemberStatus(chatId, userId, status);
    }
}
