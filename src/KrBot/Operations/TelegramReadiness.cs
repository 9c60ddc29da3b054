using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KrBot.Operations;

/// <summary>/readyz: Telegram answered a request of ours, or sent an update, recently (<see cref="TelegramProbe"/> asks when all is quiet).</summary>
internal sealed class TelegramReadiness(TelegramContact contact, TimeProvider timeProvider) : IHealthCheck
{
    public static readonly TimeSpan Recent = TimeSpan.FromMinutes(2);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(contact.LastHeard is { } heard && timeProvider.GetUtcNow() - heard <= Recent
            ? HealthCheckResult.Healthy($"Telegram answered {(timeProvider.GetUtcNow() - heard).TotalSeconds:0} s ago")
            : HealthCheckResult.Unhealthy(contact.LastHeard is null ? "Telegram has not answered yet" : $"Telegram has not answered for over {Recent.TotalMinutes:0} minutes"));
}
