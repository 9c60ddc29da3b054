namespace KrBot.Operations;

/// <summary>
/// When Telegram last answered a request of ours or sent us an update: /readyz reports a replica that has not heard
/// from Telegram for a while as not ready.
/// </summary>
internal sealed class TelegramContact(TimeProvider timeProvider)
{
    private long _lastHeardMs = long.MinValue;

    public DateTimeOffset? LastHeard => Volatile.Read(ref _lastHeardMs) is var ms and > long.MinValue ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public void Heard() => Volatile.Write(ref _lastHeardMs, timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
}
