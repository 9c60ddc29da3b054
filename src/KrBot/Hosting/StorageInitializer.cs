using KrBot.Subscriptions;
using Microsoft.Extensions.Hosting;

namespace KrBot.Hosting;

/// <summary>Creates or migrates the database before anything else runs, so a bad file stops the start, not a send.</summary>
internal sealed class StorageInitializer(ISubscriptionStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
