using System.Data.Common;
using Npgsql;

namespace KrBot.Storage;

/// <summary>
/// The shared PostgreSQL database (Storage:Provider = postgres): migrates it once per process, under an advisory
/// lock so replicas starting together take turns, then hands out connections from Npgsql's pool.
/// </summary>
internal sealed class PostgresDatabase : IBotDatabase, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private volatile bool _initialized;

    public PostgresDatabase(string connectionString, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // Never the password: this goes into sentences and logs.
        Location = $"PostgreSQL database “{builder.Database}” on {builder.Host}:{builder.Port}";
        _source = NpgsqlDataSource.Create(builder);
        _timeProvider = timeProvider;
    }

    public SqlDialect Dialect => SqlDialect.Postgres;

    public string Setting => "Storage:ConnectionString";

    public string Location { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized) return;
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized) return;
            await using var connection = await _source.OpenConnectionAsync(cancellationToken);
            var now = _timeProvider.GetUtcNow();
            await SchemaMigrator.MigrateAsync(connection, Dialect, PostgresSchema.Migrations, now, cancellationToken);

            // A user who may read but not write shows only here, not at the first /subscribe.
            await DbCommands.ExecuteAsync(
                connection,
                null,
                "INSERT INTO bot_state (key, value) VALUES ('last_start_ms', @now) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
                [("@now", now.ToUnixTimeMilliseconds())],
                cancellationToken);
            _initialized = true;
        }
        catch (Exception e) when (e is NpgsqlException or SchemaTooNewException or TimeoutException)
        {
            throw new StorageUnavailableException(Location, StorageFault.Describe(e), e, Setting);
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await _source.OpenConnectionAsync(cancellationToken);
    }

    public void Dispose()
    {
        _source.Dispose();
        _initializeLock.Dispose();
    }
}
