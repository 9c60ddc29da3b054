using System.Text.Json;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// Long-polls getUpdates and hands each batch to the intake. The offset that confirms a batch is sent only with the
/// next call, after the intake stored the batch's replies, so nothing Telegram forgets is still unanswered. At start
/// no offset is sent at all: a stored one could lie above Telegram's next id (ids restart at random after a quiet
/// week) and would silently discard every new update; repeats are recognised by the intake instead.
/// A rejected token stops the program.
/// </summary>
internal sealed class PollingReceiver(
    ITelegramBotClient client,
    UpdateIntake intake,
    BotIdentity bot,
    CommandMenu menu,
    AnswerWarmUp warmUp,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await IdentifyAsync(stoppingToken)) return;
            await menu.PublishAsync(stoppingToken);
            warmUp.Run();
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return.
        }
    }

    /// <summary>getMe, retried with backoff while Telegram is unreachable; false when the token is rejected.</summary>
    private async Task<bool> IdentifyAsync(CancellationToken stoppingToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var me = await client.GetMe(stoppingToken);
                bot.Set(me.Id, me.Username ?? "");
                TelegramLog.Connected(logger, bot.Username, bot.Id);
                return true;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                return Unauthorized();
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await BackOffAsync(failures, e, stoppingToken);
            }
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
                    new RawGetUpdatesRequest { Offset = offset, Limit = BatchSize, Timeout = options.Value.PollTimeoutSeconds, AllowedUpdates = Wanted },
                    stoppingToken);
                failures = 0;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                Unauthorized();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await BackOffAsync(++failures, e, stoppingToken);
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

    /// <summary>Waits the sends' 1 s, 2 s … 30 s schedule; the log line says why, in one line.</summary>
    private async Task BackOffAsync(int failures, Exception e, CancellationToken stoppingToken)
    {
        var delay = SendRetryPolicy.Backoff(failures, Random.Shared.NextDouble());
        switch (e)
        {
            case ApiRequestException { ErrorCode: 409 }:
                TelegramLog.PollingConflict(logger, delay);
                break;
            case RequestException { InnerException: JsonException }:
                TelegramLog.UnreadableBatch(logger, delay.TotalSeconds);
                break;
            default:
                TelegramLog.Unreachable(logger, TelegramErrors.Classify(e).ToString(), delay.TotalSeconds);
                break;
        }

        TelegramLog.RequestFailureDetail(logger, e);
        await Task.Delay(delay, timeProvider, stoppingToken);
    }

    private bool Unauthorized()
    {
        TelegramLog.TokenRejected(logger);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
        return false;
    }
}
