using KrBot.Subscriptions;
using Microsoft.Data.Sqlite;

namespace KrBot.Telegram.Polling;

/// <summary>
/// The last handled update id, one row of the bot_state table in the bot's SQLite file. The file and its schema
/// (migrations included) belong to the subscription store, so this store asks it to initialize them first.
/// </summary>
internal sealed class SqliteUpdateOffsetStore(string databasePath, ISubscriptionStore database) : IUpdateOffsetStore
{
    private const string Key = "last_handled_update_id";
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath), Pooling = true }.ToString();

    public async Task<int?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = SubscriptionDatabase.CreateCommand(connection, null, "SELECT value FROM bot_state WHERE key = $key;", [("$key", Key)]);
        return await command.ExecuteScalarAsync(cancellationToken) is long value ? (int)value : null;
    }

    public async Task SaveAsync(int updateId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The latest, not the largest: Telegram may restart its ids lower after a quiet week.
        await SubscriptionDatabase.ExecuteAsync(
            connection,
            null,
            "INSERT INTO bot_state (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;",
            [("$key", Key), ("$value", updateId)],
            cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        return await SubscriptionDatabase.OpenAsync(_connectionString, cancellationToken);
    }
}
