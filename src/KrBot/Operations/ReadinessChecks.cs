using KrBot.Core.Knowledge;
using KrBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KrBot.Operations;

/// <summary>/readyz: the store answers a query within a few seconds.</summary>
internal sealed class StoreReadiness(IBotDatabase database) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = await database.OpenAsync(timeout.Token);
            await DbCommands.ExecuteAsync(connection, null, "SELECT 1;", [], timeout.Token);
            return HealthCheckResult.Healthy($"{database.Dialect.Name} answers");
        }
        catch (Exception e) when (StorageFault.Is(e) || e is OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(e is OperationCanceledException ? "the store did not answer in time" : StorageFault.Describe(e));
        }
    }
}

/// <summary>/readyz: Telegram answered a request of ours, or sent an update, recently (<see cref="TelegramProbe"/> asks when all is quiet).</summary>
internal sealed class TelegramReadiness(TelegramContact contact, TimeProvider timeProvider) : IHealthCheck
{
    public static readonly TimeSpan Recent = TimeSpan.FromMinutes(2);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(contact.LastHeard is { } heard && timeProvider.GetUtcNow() - heard <= Recent
            ? HealthCheckResult.Healthy($"Telegram answered {(timeProvider.GetUtcNow() - heard).TotalSeconds:0} s ago")
            : HealthCheckResult.Unhealthy(contact.LastHeard is null ? "Telegram has not answered yet" : $"Telegram has not answered for over {Recent.TotalMinutes:0} minutes"));
}

/// <summary>/readyz: the fact base is loaded (it is before the host starts; a broken one stops the start).</summary>
internal sealed class FactBaseReadiness(FactBase facts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(facts.Facts.Count > 0 ? HealthCheckResult.Healthy($"{facts.Facts.Count} facts loaded") : HealthCheckResult.Unhealthy("the fact base is empty"));
}
