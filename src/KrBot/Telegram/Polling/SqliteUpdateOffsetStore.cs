using Microsoft.Data.Sqlite;

namespace KrBot.Telegram.Polling;

/// <summary>The last handled update id in one row of a small key-value table, in the bot's SQLite file.</summary>
internal sealed class SqliteUpdateOffsetStore(string databasePath) : IUpdateOffsetStore
{
    private const string Key = "last_handled_update_id";
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
    private bool _created;

    public async Task<int?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM bot_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", Key);
        return await command.ExecuteScalarAsync(cancellationToken) is long value ? (int)value : null;
    }

    public async Task SaveAsync(int updateId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The latest, not the largest: Telegram may restart its ids lower after a quiet week.
        command.CommandText = """
            INSERT INTO bot_state (key, value) VALUES ($key, $value)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value
            """;
        command.Parameters.AddWithValue("$key", Key);
        command.Parameters.AddWithValue("$value", updateId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created && Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { } folder) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!_created)
        {
            await using var create = connection.CreateCommand();
            create.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken);
            _created = true;
        }

        return connection;
    }
}
