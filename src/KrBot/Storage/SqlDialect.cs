namespace KrBot.Storage;

/// <summary>
/// The few places where SQLite and PostgreSQL spell the same statement differently. Everything else in the stores
/// is one SQL text for both.
/// </summary>
/// <param name="Name">"SQLite" or "PostgreSQL", for messages.</param>
/// <param name="Greatest">The two-argument maximum: SQLite's scalar max(), PostgreSQL's GREATEST().</param>
/// <param name="SkipLocked">Appended to a SELECT of rows about to be taken: PostgreSQL skips rows another
/// transaction is taking; SQLite has one writer at a time and needs nothing.</param>
/// <param name="MigrationLock">Run first in the migration transaction, so replicas starting together migrate one
/// after the other: PostgreSQL's transaction-scoped advisory lock; SQLite's IMMEDIATE transaction already is one.</param>
/// <param name="NotifyOutbox">Run in a transaction that stored outbox rows: PostgreSQL tells the replica holding the
/// sender lease at commit (LISTEN/NOTIFY, see OutboxListener); SQLite has one process, woken in memory.</param>
internal sealed record SqlDialect(
    string Name,
    string Greatest,
    string SkipLocked,
    string MigrationLock,
    string NotifyOutbox,
    Func<string, string> IsAnyOfIds,
    Func<IReadOnlyCollection<int>, object> IdList)
{
    public static readonly SqlDialect Sqlite = new(
        "SQLite",
        "max",
        "",
        "",
        "",
        parameter => $"IN (SELECT value FROM json_each({parameter}))",
        ids => "[" + string.Join(',', ids) + "]");

    /// <summary>The PostgreSQL notification channel of new outbox rows.</summary>
    public const string OutboxChannel = "krbot_outbox";

    // The key is arbitrary but fixed: every KrBot replica on the database must use the same one.
    public static readonly SqlDialect Postgres = new(
        "PostgreSQL",
        "GREATEST",
        "FOR UPDATE SKIP LOCKED",
        "SELECT pg_advisory_xact_lock(7011861118);",
        $"NOTIFY {OutboxChannel};",
        parameter => $"= ANY({parameter})",
        ids => ids.ToArray());
}
