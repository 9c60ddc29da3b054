namespace KrBot.Operations;

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
