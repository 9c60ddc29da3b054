using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// Webhook mode's start: who the bot is, the menu, then setWebhook with the public URL, the secret token and the
/// update kinds the router handles. Every replica does it, with the same values, so any of them may start first.
/// Until getMe has answered, the endpoint answers 503 (Telegram retries): commands addressed to the bot cannot be
/// told apart from others' before.
/// </summary>
internal sealed class WebhookRegistration(
    ITelegramBotClient client,
    BotStartup startup,
    IOptions<WebhookOptions> options,
    IOptions<TelegramOptions> telegram,
    ILogger<WebhookRegistration> logger) : BackgroundService
{
    private volatile bool _ready;

    /// <summary>The bot knows who it is, so updates can be routed.</summary>
    public bool IsReady => _ready;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await startup.RunAsync(stoppingToken)) return;
            _ready = true;
            await SetWebhookAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return.
        }
    }

    private async Task SetWebhookAsync(CancellationToken stoppingToken)
    {
        var webhook = options.Value;
        for (var failures = 1; ; failures++)
        {
            try
            {
                await client.SetWebhook(
                    webhook.Url,
                    maxConnections: webhook.MaxConnections,
                    allowedUpdates: BotStartup.Wanted,
                    dropPendingUpdates: false,
                    secretToken: webhook.SecretToken,
                    cancellationToken: stoppingToken);
                // Some put the token in the webhook's path; the log must not show it.
                TelegramLog.WebhookSet(logger, webhook.Url.Replace(telegram.Value.BotToken.Trim(), "<token>", StringComparison.Ordinal));
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                startup.Unauthorized();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await startup.BackOffAsync(failures, e, stoppingToken);
            }
        }
    }
}
