using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// Long-polls getUpdates and hands each batch to the intake. The offset that confirms a batch is sent only with the
/// next call, after the intake stored the batch's replies, so nothing Telegram forgets is still unanswered. At start
/// no offset is sent at all: a stored one could lie above Telegram's next id (ids restart at random after a quiet
/// week) and would silently discard every new update; repeats are recognised by the intake instead. A webhook left
/// from webhook mode is deleted when Telegram refuses getUpdates because of it.
/// </summary>
internal sealed class PollingReceiver(
    ITelegramBotClient client,
    UpdateIntake intake,
    BotStartup startup,
    IOptions<TelegramOptions> options,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await startup.RunAsync(stoppingToken)) return;
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return.
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            JsonElement[] raw;
            try
            {
                raw = await client.SendRequest(
                    new RawGetUpdatesRequest { Offset = offset, Limit = BatchSize, Timeout = options.Value.PollTimeoutSeconds, AllowedUpdates = BotStartup.Wanted },
                    stoppingToken);
                failures = 0;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                startup.Unauthorized();
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 409 && e.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase))
            {
                // Back from webhook mode: Telegram serves getUpdates only once the webhook is gone. Pending updates are kept.
                await DeleteWebhookAsync(++failures, stoppingToken);
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await startup.BackOffAsync(++failures, e, stoppingToken);
                continue;
            }

            // An answered getUpdates has confirmed everything before its offset. Sending that offset again after a
            // quiet week would discard the new updates if Telegram restarted its ids lower, so an empty answer drops it.
            if (raw.Length == 0)
            {
                offset = null;
                continue;
            }

            var batch = raw.Select(UpdateParser.Parse).ToList();
            await intake.HandleAsync(batch, "polling", deliverUnstored: true, stoppingToken);

            // Confirmed with the next call. An element without a readable id cannot be confirmed on its own; the
            // ids around it confirm it, as they come later in Telegram's order.
            if (batch.Max(u => u.Id) is { } last) offset = last + 1;
        }
    }

    private async Task DeleteWebhookAsync(int failures, CancellationToken stoppingToken)
    {
        try
        {
            await client.DeleteWebhook(dropPendingUpdates: false, stoppingToken);
            TelegramLog.WebhookDeleted(logger);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            await startup.BackOffAsync(failures, e, stoppingToken);
        }
    }
}
