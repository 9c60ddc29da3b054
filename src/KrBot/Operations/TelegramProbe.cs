using Microsoft.Extensions.Hosting;
using Telegram.Bot;

namespace KrBot.Operations;

/// <summary>
/// Asks Telegram (getMe) when nothing was heard from it for a while: a quiet replica, or one that only receives
/// webhooks, still learns whether Telegram can be reached, and /readyz tells the truth.
/// </summary>
internal sealed class TelegramProbe(ITelegramBotClient client, TelegramContact contact, TimeProvider timeProvider) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Every, timeProvider, stoppingToken);
                if (contact.LastHeard is { } heard && timeProvider.GetUtcNow() - heard < Quiet) continue;
                try
                {
                    await client.GetMe(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Not reaching Telegram is what /readyz reports; the receivers log their own failures.
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return.
        }
    }
}
