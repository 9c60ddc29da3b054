using Microsoft.Data.Sqlite;

namespace KrBot.Storage;

/// <summary>
/// The SQLite file's schema (subscriptions, deliveries, handled updates, the outbox, chat settings, leases) as numbered
/// migrations. Instants are Unix milliseconds (UTC) so that lease comparisons are integer comparisons; local dates are 'yyyy-MM-dd' text, which sorts in date order.
/// </summary>
internal static class BotSchema
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
        // Version 2: small values the bot keeps across restarts (the last handled update until version 3; the last start since).
        """
        CREATE TABLE IF NOT EXISTS bot_state (
            key   TEXT    PRIMARY KEY,
            value INTEGER NOT NULL
        );
        """,
        // Version 3: what is owed to users. An update is recorded as handled in the same transaction that queues its
        // replies; a message leaves the outbox when Telegram accepted it (or it was given up). Digest messages carry
        // their local day, and attempted_at_ms is set before their first request: a digest is sent at most once.
        """
        CREATE TABLE handled_updates (
            update_id     INTEGER PRIMARY KEY,
            handled_at_ms INTEGER NOT NULL
        );
        CREATE INDEX handled_updates_by_age ON handled_updates (handled_at_ms);
        CREATE TABLE outbox (
            id                  INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id             INTEGER NOT NULL,
            html                TEXT    NOT NULL,
            plain_text          TEXT    NOT NULL,
            keyboard            TEXT    NULL,
            reply_to_message_id INTEGER NULL,
            created_at_ms       INTEGER NOT NULL,
            deadline_ms         INTEGER NOT NULL,
            digest_local_date   TEXT    NULL,
            attempted_at_ms     INTEGER NULL
        );
        ALTER TABLE deliveries RENAME TO deliveries_v2;
        CREATE TABLE deliveries (
            chat_id         INTEGER NOT NULL,
            local_date      TEXT    NOT NULL,
            status          TEXT    NOT NULL CHECK (status IN ('claimed', 'released', 'queued', 'sent', 'unconfirmed', 'failed')),
            available_at_ms INTEGER NULL,
            sent_at_ms      INTEGER NULL,
            PRIMARY KEY (chat_id, local_date)
        );
        INSERT INTO deliveries SELECT * FROM deliveries_v2;
        DROP TABLE deliveries_v2;
        """,
        // Version 4: a reply that is a chart's picture keeps the chart's spec (JSON: measure, fact ids, language); the
        // picture is drawn again when it is sent, and html/plain_text hold its caption.
        """
        ALTER TABLE outbox ADD COLUMN chart TEXT NULL;
        """,
        // Version 5: each chat's settings, kept whether or not it subscribes: its reply language (/lang). A chat
        // without a row answers each question in the language it was asked in.
        """
        CREATE TABLE chat_settings (
            chat_id       INTEGER PRIMARY KEY,
            language      TEXT    NOT NULL CHECK (language IN ('en', 'zh', 'zh-Hans', 'zh-Hant')),
            updated_at_ms INTEGER NOT NULL
        );
        """,
        // Version 6: the shared store's pieces (Storage:Provider=postgres has the same; see PostgresSchema). Which
        // sender took an outbox row, and named leases that expire unless renewed. One process on a SQLite file holds
        // everything anyway; the columns keep the stores' SQL one text for both providers.
        """
        ALTER TABLE outbox ADD COLUMN taken_by TEXT NULL;
        CREATE TABLE leases (
            name          TEXT    PRIMARY KEY,
            holder        TEXT    NOT NULL,
            expires_at_ms INTEGER NOT NULL
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // WAL lets readers run beside the one writer; it is a property of the file and cannot change inside a transaction.
        await DbCommands.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", [], cancellationToken);
        await SchemaMigrator.MigrateAsync(connection, SqlDialect.Sqlite, Migrations, now, cancellationToken);
    }
}

/// <summary>The database was written by a newer KrBot; migrating it down is not possible.</summary>
internal sealed class SchemaTooNewException(int fileVersion, int buildVersion)
    : Exception($"the database is at schema version {fileVersion}, newer than this build's {buildVersion}: run a newer KrBot, or use another database");
