using KrBot.Storage;
using Microsoft.Extensions.Hosting;

namespace KrBot.Hosting;

/// <summary>
/// Creates or migrates the database before anything else runs, so a missing, read-only, damaged, locked or too new
/// file stops the start with a sentence (see KrBotCli) instead of failing later, message by message.
/// </summary>
internal sealed class StorageInitializer(IBotDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
