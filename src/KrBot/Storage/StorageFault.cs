using Microsoft.Data.Sqlite;

namespace KrBot.Storage;

/// <summary>
/// Tells storage trouble apart from bugs, and says in one phrase what went wrong, for the log and for the
/// sentence the command line prints at start. SQLite's primary result codes are stable across versions.
/// </summary>
internal static class StorageFault
{
    public static bool Is(Exception exception) =>
        exception is SqliteException or StorageUnavailableException or SchemaTooNewException or IOException or UnauthorizedAccessException;

    /// <summary>What went wrong, in words a person can act on (no stack trace, no class names).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        StorageUnavailableException unavailable => unavailable.Reason,
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            5 or 6 => "the database is locked by another process and stayed locked too long",
            8 => "the database file is read-only (check the permissions of the file and its folder)",
            10 => "reading or writing the database file failed (a disk or file system error)",
            11 or 26 => "the database file is damaged or is not a KrBot database",
            13 => "the disk is full",
            14 => "the database file cannot be opened (it is missing, or its folder cannot be written)",
            3 or 23 => "permission to use the database file was denied",
            1 when sqlite.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase) =>
                "the database file does not have KrBot's tables (was it replaced?)",
            _ => sqlite.Message,
        },
        SchemaTooNewException => exception.Message,
        UnauthorizedAccessException => "permission to use the database file or its folder was denied",
        _ => exception.Message,
    };
}
