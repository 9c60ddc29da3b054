using KrBot.Telegram.Routing;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram.Polling;

/// <summary>
/// Long-polls getUpdates and hands each update to the router, one at a time, in order. The offset we send
/// confirms everything before it; the last handled id is also stored, so after a restart no update is taken
/// twice and none waiting at Telegram is lost. (Replies still queued in the sender when the bot stops are
/// dropped: shutdown finishes the request in hand only.) A rejected token stops the program.
/// </summary>
internal sealed class PollingWorker(
    ITelegramBotClient client,
    UpdateRouter router,
    BotIdentity bot,
    CommandMenu menu,
    IUpdateOffsetStore offsets,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<PollingWorker> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await IdentifyAsync(stoppingToken)) return;
            await menu.PublishAsync(stoppingToken);
            await PollAsync(await LoadOffsetAsync(stoppingToken), stoppingToken);
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
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var delay = SendRetryPolicy.Backoff(failures);
                TelegramLog.Unreachable(logger, delay, e);
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
        }
    }

    private async Task PollAsync(int? lastHandled, CancellationToken stoppingToken)
    {
        var recent = new RecentUpdates(lastHandled);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await client.GetUpdates(lastHandled + 1, BatchSize, options.Value.PollTimeoutSeconds, Wanted, stoppingToken);
                failures = 0;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                Unauthorized();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The same 1 s, 2 s, 4 s … 30 s schedule as failed sends.
                var delay = SendRetryPolicy.Backoff(++failures);
                if (e is ApiRequestException { ErrorCode: 409 }) TelegramLog.PollingConflict(logger, delay);
                else TelegramLog.Unreachable(logger, delay, e);
                await Task.Delay(delay, timeProvider, stoppingToken);
                continue;
            }

            foreach (var update in updates)
            {
                // Telegram may deliver an update again (it learns our offset only at the next call). It may also
                // restart its ids below ours after a quiet week, so an id is a repeat only if we handled exactly it.
                if (!recent.TryAdd(update.Id))
                {
                    TelegramLog.DuplicateUpdate(logger, update.Id);
                    continue;
                }

                await HandleAsync(update, stoppingToken);
                lastHandled = update.Id;
                await SaveOffsetAsync(update.Id, stoppingToken);
            }
        }
    }

    /// <summary>One bad update is logged and skipped: it must never stop the bot or block the updates after it.</summary>
    private async Task HandleAsync(Update update, CancellationToken stoppingToken)
    {
        try
        {
            await router.RouteAsync(update, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            TelegramLog.UpdateFailed(logger, update.Id, e);
        }
    }

    /// <summary>A database problem must not stop the bot: without a stored offset it starts from Telegram's.</summary>
    private async Task<int?> LoadOffsetAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await offsets.LoadAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TelegramLog.OffsetStoreFailed(logger, e);
            return null;
        }
    }

    private async Task SaveOffsetAsync(int updateId, CancellationToken stoppingToken)
    {
        try
        {
            await offsets.SaveAsync(updateId, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TelegramLog.OffsetStoreFailed(logger, e);
        }
    }

    private bool Unauthorized()
    {
        TelegramLog.TokenRejected(logger);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
        return false;
    }
}
