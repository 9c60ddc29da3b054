using KrBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KrBot.Telegram.Sending;

/// <summary>
/// With PostgreSQL: LISTENs for the notification every transaction that stores outbox rows sends at commit, and
/// wakes the shared outbox, so the replica holding the sender lease takes rows that other replicas stored at once
/// rather than at its next look (Telegram:Sender:OutboxPollMilliseconds, which remains the fallback: a notification
/// lost while the listening connection was down costs that much, no more). Keeps one connection of the pool.
/// </summary>
internal sealed class OutboxListener(IBotDatabase database, SharedOutbox outbox, TimeProvider timeProvider, ILogger<OutboxListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ListenAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    SharedOutboxLog.ListenFailed(logger, StorageFault.Describe(e));
                    outbox.Wake(); // whatever came meanwhile
                    await Task.Delay(RetryAfter, timeProvider, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is a normal return.
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = (NpgsqlConnection)await database.OpenAsync(stoppingToken);
        connection.Notification += (_, _) => outbox.Wake();
        await DbCommands.ExecuteAsync(connection, null, $"LISTEN {SqlDialect.OutboxChannel};", [], stoppingToken);
        while (true) await connection.WaitAsync(stoppingToken);
    }
}
