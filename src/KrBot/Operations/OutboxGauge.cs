using KrBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;

namespace KrBot.Operations;

/// <summary>Samples the outbox's depth and age every few seconds for /metrics (a scrape must not wait on the database).</summary>
internal sealed class OutboxGauge(IOutboxStore store, BotMetrics metrics, TimeProvider timeProvider) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var depth = await store.MeasureAsync(stoppingToken);
                    metrics.Outbox(depth.Count, depth.OldestCreatedAt is { } oldest ? timeProvider.GetUtcNow() - oldest : TimeSpan.Zero);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The store's trouble shows in /readyz and in the logs of the parts that need it.
                }

                await Task.Delay(Every, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return.
        }
    }
}
