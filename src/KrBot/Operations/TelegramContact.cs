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

/// <summary>Notes every answer the bot client gets, whatever its status: an error from Telegram is still Telegram answering.</summary>
internal sealed class TelegramContactHandler(TelegramContact contact) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        contact.Heard();
        return response;
    }
}
