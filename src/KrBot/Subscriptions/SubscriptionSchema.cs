using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KrBot.Subscriptions;

/// <summary>
/// The bot database's schema (subscriptions, deliveries, bot state) as numbered migrations. Instants are Unix milliseconds (UTC) so that lease
/// comparisons are integer comparisons; local dates are 'yyyy-MM-dd' text, which sorts in date order.
/// </summary>
internal static class SubscriptionSchema
{
    // Append only: a database records each version it has applied, and a released version's script never changes.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE subscriptions (
            chat_id              INTEGER PRIMARY KEY,
            local_time           TEXT    NOT NULL,
            time_zone_id         TEXT    NOT NULL,
            created_at_ms        INTEGER NOT NULL,
            last_sent_local_date TEXT    NULL,
            seen_fact_ids        TEXT    NOT NULL DEFAULT '[]',
            last_stat_fact_id    TEXT    NULL,
            digests_sent         INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE deliveries (
            chat_id         INTEGER NOT NULL,
            local_date      TEXT    NOT NULL,
            status          TEXT    NOT NULL CHECK (status IN ('claimed', 'released', 'sent')),
            available_at_ms INTEGER NULL,
            sent_at_ms      INTEGER NULL,
            PRIMARY KEY (chat_id, local_date)
        );
        """,
        // Version 2: small values the bot keeps across restarts (the last handled Telegram update).
        """
        CREATE TABLE IF NOT EXISTS bot_state (
            key   TEXT    PRIMARY KEY,
            value INTEGER NOT NULL
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // WAL lets readers run beside the one writer; it is a property of the file and cannot change inside a transaction.
        await SubscriptionDatabase.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", [], cancellationToken);

        // Immediate, so two hosts starting together migrate one after the other instead of both at once.
        await using var transaction = await SubscriptionDatabase.BeginAsync(connection, cancellationToken);
        await SubscriptionDatabase.ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at_ms INTEGER NOT NULL);",
            [],
            cancellationToken);

        await using var read = SubscriptionDatabase.CreateCommand(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;", []);
        var applied = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (applied > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The subscription database is at schema version {applied}, newer than this build's {CurrentVersion}. Run a newer KrBot or restore a backup.");
        }

        for (var version = applied + 1; version <= CurrentVersion; version++)
        {
            await SubscriptionDatabase.ExecuteAsync(connection, transaction, Migrations[version - 1], [], cancellationToken);
            await SubscriptionDatabase.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO schema_version (version, applied_at_ms) VALUES ($version, $now);",
                [("$version", version), ("$now", now.ToUnixTimeMilliseconds())],
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
