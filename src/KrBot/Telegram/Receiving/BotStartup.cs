using System.Text.Json;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// What every receiver does before the first update: learn who the bot is (getMe, retried with backoff while Telegram
/// is unreachable), publish the command menu and warm the answering path up. A rejected token stops the program.
/// </summary>
internal sealed class BotStartup(
    ITelegramBotClient client,
    BotIdentity bot,
    CommandMenu menu,
    AnswerWarmUp warmUp,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<BotStartup> logger)
{
    /// <summary>The update kinds the router handles, for getUpdates and setWebhook alike.</summary>
    // Inline queries only arrive once inline mode is on in BotFather (/setinline); asking for them costs nothing before.
    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember, UpdateType.InlineQuery];

    /// <summary>False when the token was rejected (the program is stopping).</summary>
    public async Task<bool> RunAsync(CancellationToken stoppingToken)
    {
        if (!await IdentifyAsync(stoppingToken)) return false;
        await menu.PublishAsync(stoppingToken);
        warmUp.Run();
        return true;
    }

    /// <summary>Waits the sends' 1 s, 2 s … 30 s schedule; the log line says why, in one line.</summary>
    public async Task BackOffAsync(int failures, Exception e, CancellationToken stoppingToken)
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

    public bool Unauthorized()
    {
        TelegramLog.TokenRejected(logger);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
        return false;
    }

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
}
