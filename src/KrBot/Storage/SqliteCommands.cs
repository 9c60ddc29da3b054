using Microsoft.Data.Sqlite;

namespace KrBot.Storage;

/// <summary>Command plumbing shared by every store on the bot's SQLite file. Values always travel as parameters.</summary>
internal static class SqliteCommands
{
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
}
