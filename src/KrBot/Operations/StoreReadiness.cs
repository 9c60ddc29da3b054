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
