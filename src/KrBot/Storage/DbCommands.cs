using System.Data.Common;

namespace KrBot.Storage;

/// <summary>
/// Command plumbing shared by every store, on either provider. SQL names its values <c>@name</c>, which both
/// Microsoft.Data.Sqlite and Npgsql read; values always travel as parameters.
/// </summary>
internal static class DbCommands
{
    public static async Task<int> ExecuteAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        (string Name, object? Value)[] parameters,
        CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static DbCommand CreateCommand(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Sets a parameter created by <see cref="CreateCommand"/> again, for a statement run once per row.</summary>
    public static void Set(DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;
}
