using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KrBot.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// The webhook endpoint: a POST from Telegram carries one update. Only a request with the secret token given to
/// setWebhook is read (compared in constant time; 401 otherwise), and only up to Telegram:Webhook:MaxBodyKilobytes.
/// The update goes through the same intake as polled ones (requests arriving together share a batch, see
/// <see cref="WebhookBatcher"/>): recorded as handled together with its replies, then 200, usually within milliseconds; sending happens afterwards, from the outbox. When the store cannot take it, the answer
/// is 503 and Telegram sends the update again later; a repeat that arrives after the first was stored, on this replica
/// or another, is recognised by its id.
/// </summary>
internal sealed class WebhookReceiver(
    WebhookBatcher batcher,
    WebhookRegistration registration,
    TelegramContact contact,
    IOptions<WebhookOptions> options,
    ILogger<WebhookReceiver> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly byte[] _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SecretToken));
    private readonly long _maxBody = options.Value.MaxBodyKilobytes * 1024L;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            TelegramLog.WebhookSecretMismatch(logger);
            return Results.Unauthorized();
        }

        contact.Heard();
        if (!registration.IsReady) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (context.Request.ContentLength > _maxBody) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = _maxBody;

        IncomingUpdate update;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            update = UpdateParser.Parse(body.RootElement);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        catch (BadHttpRequestException e)
        {
            return Results.StatusCode(e.StatusCode); // 413 for a body longer than it said
        }

        var stored = await batcher.SubmitAsync(update);
        return stored ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    // Hashing first makes the comparison constant-time in the length too.
    private bool SecretMatches(string given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _secretHash);
}
