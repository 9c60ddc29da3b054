namespace KrBot.Storage;

/// <summary>
/// The PostgreSQL schema, the same tables as the SQLite file's (<see cref="BotSchema"/>) so that the stores share
/// their SQL: instants are Unix milliseconds in BIGINT, local dates 'yyyy-MM-dd' text. Its own numbering, append
/// only; replicas that start together take turns through the dialect's advisory lock.
/// </summary>
internal static class PostgresSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE subscriptions (
            chat_id              BIGINT  PRIMARY KEY,
            local_time           TEXT    NOT NULL,
            time_zone_id         TEXT    NOT NULL,
            created_at_ms        BIGINT  NOT NULL,
            last_sent_local_date TEXT    NULL,
            seen_fact_ids        TEXT    NOT NULL DEFAULT '[]',
            last_stat_fact_id    TEXT    NULL,
            digests_sent         INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE deliveries (
            chat_id         BIGINT NOT NULL,
            local_date      TEXT   NOT NULL,
            status          TEXT   NOT NULL CHECK (status IN ('claimed', 'released', 'queued', 'sent', 'unconfirmed', 'failed')),
            available_at_ms BIGINT NULL,
            sent_at_ms      BIGINT NULL,
            PRIMARY KEY (chat_id, local_date)
        );
        CREATE TABLE bot_state (
            key   TEXT   PRIMARY KEY,
            value BIGINT NOT NULL
        );
        CREATE TABLE handled_updates (
            update_id     INTEGER PRIMARY KEY,
            handled_at_ms BIGINT  NOT NULL
        );
        CREATE INDEX handled_updates_by_age ON handled_updates (handled_at_ms);
        CREATE TABLE outbox (
            id                  BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            chat_id             BIGINT  NOT NULL,
            html                TEXT    NOT NULL,
            plain_text          TEXT    NOT NULL,
            keyboard            TEXT    NULL,
            reply_to_message_id INTEGER NULL,
            created_at_ms       BIGINT  NOT NULL,
            deadline_ms         BIGINT  NOT NULL,
            digest_local_date   TEXT    NULL,
            attempted_at_ms     BIGINT  NULL,
            chart               TEXT    NULL,
            taken_by            TEXT    NULL
        );
        CREATE TABLE chat_settings (
            chat_id       BIGINT PRIMARY KEY,
            language      TEXT   NOT NULL CHECK (language IN ('en', 'zh', 'zh-Hans', 'zh-Hant')),
            updated_at_ms BIGINT NOT NULL
        );
        CREATE TABLE leases (
            name          TEXT   PRIMARY KEY,
            holder        TEXT   NOT NULL,
            expires_at_ms BIGINT NOT NULL
        );
        """,
    ];
}
