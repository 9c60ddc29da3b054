using KrBot.Core.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KrBot.Operations;

/// <summary>/readyz: the fact base is loaded (it is before the host starts; a broken one stops the start).</summary>
internal sealed class FactBaseReadiness(FactBase facts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(facts.Facts.Count > 0 ? HealthCheckResult.Healthy($"{facts.Facts.Count} facts loaded") : HealthCheckResult.Unhealthy("the fact base is empty"));
}
