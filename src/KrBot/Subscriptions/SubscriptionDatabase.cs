using KrBot.Core.Digests;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KrBot.Subscriptions;

/// <summary>Connection, command and row plumbing shared by <see cref="SqliteSubscriptionStore"/> and <see cref="SubscriptionSchema"/>.</summary>
internal static class SubscriptionDatabase
{
    // A constant spliced into SELECT and RETURNING lists; values always travel as parameters.
    public const string Columns =
        "chat_id, local_time, time_zone_id, created_at_ms, last_sent_local_date, seen_fact_ids, last_stat_fact_id, digests_sent";

    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm:ss";

    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Another loop or host holding the write lock makes us wait up to 5 s instead of failing with SQLITE_BUSY.
            await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 5000;", [], cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Microsoft.Data.Sqlite begins IMMEDIATE transactions, so a writer takes the lock up front (waiting on the busy
    // timeout) instead of failing later when its read lock cannot be upgraded.
    public static async Task<SqliteTransaction> BeginAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

    public static async Task<int> ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        (string Name, object? Value)[] parameters,
        CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static SqliteCommand CreateCommand(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Reads a row selected as <see cref="Columns"/>.</summary>
    public static Subscription ReadSubscription(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        TimeOnly.ParseExact(reader.GetString(1), TimeFormat, CultureInfo.InvariantCulture),
        reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.IsDBNull(4) ? null : DateOnly.ParseExact(reader.GetString(4), DateFormat, CultureInfo.InvariantCulture),
        new DigestHistory(
            JsonSerializer.Deserialize<string[]>(reader.GetString(5)) ?? [],
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.GetInt32(7)));

    public static string FormatSeen(IReadOnlyList<string> seenFactIds) => JsonSerializer.Serialize(seenFactIds);

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    // Whole seconds: users give HH:MM, and a stored value must read back equal.
    public static string FormatTime(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
