using static KrBot.Storage.DbCommands;

namespace KrBot.Storage;

/// <summary>
/// Named leases in the bot's database: a holder keeps one by renewing it before it expires; anyone may take it once it
/// has. One statement claims or renews (the row's key lets one writer in; the conflict branch takes over only an
/// expired lease or one's own), the same claim the digest days use, on both providers.
/// </summary>
internal sealed class SqlLeaseStore(IBotDatabase database) : ILeaseStore
{
    public async Task<bool> TryHoldAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var held = await ExecuteAsync(
            connection,
            null,
            """
            INSERT INTO leases (name, holder, expires_at_ms) VALUES (@name, @holder, @until)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at_ms = excluded.expires_at_ms
            WHERE leases.holder = @holder OR leases.expires_at_ms <= @now;
            """,
            [("@name", name), ("@holder", holder), ("@until", (now + duration).ToUnixTimeMilliseconds()), ("@now", now.ToUnixTimeMilliseconds())],
            cancellationToken);
        return held > 0;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM leases WHERE name = @name AND holder = @holder;", [("@name", name), ("@holder", holder)], cancellationToken);
    }
}
