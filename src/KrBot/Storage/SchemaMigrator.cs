using System.Data.Common;
using System.Globalization;

namespace KrBot.Storage;

/// <summary>
/// Applies numbered migrations (append only: a released version's script never changes) in one transaction, and
/// records each version applied. The dialect's migration lock makes hosts that start together take turns, so each
/// version runs once; a database newer than this build is refused.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(
        DbConnection connection,
        SqlDialect dialect,
        IReadOnlyList<string> migrations,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // SQLite: Microsoft.Data.Sqlite begins IMMEDIATE transactions, which take the write lock up front.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (dialect.MigrationLock.Length > 0)
        {
            await DbCommands.ExecuteAsync(connection, transaction, dialect.MigrationLock, [], cancellationToken);
        }

        await DbCommands.ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at_ms BIGINT NOT NULL);",
            [],
            cancellationToken);

        await using var read = DbCommands.CreateCommand(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;", []);
        var applied = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (applied > migrations.Count)
        {
            throw new SchemaTooNewException(applied, migrations.Count);
        }

        for (var version = applied + 1; version <= migrations.Count; version++)
        {
            await DbCommands.ExecuteAsync(connection, transaction, migrations[version - 1], [], cancellationToken);
            await DbCommands.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO schema_version (version, applied_at_ms) VALUES (@version, @now);",
                [("@version", version), ("@now", now.ToUnixTimeMilliseconds())],
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
