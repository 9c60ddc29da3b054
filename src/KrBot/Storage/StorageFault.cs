using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KrBot.Storage;

/// <summary>
/// Tells storage trouble apart from bugs, and says in one phrase what went wrong, for the log and for the
/// sentence the command line prints at start. SQLite's primary result codes and PostgreSQL's SQLSTATEs are stable
/// across versions.
/// </summary>
internal static class StorageFault
{
    public static bool Is(Exception exception) =>
        exception is SqliteException or NpgsqlException or StorageUnavailableException or SchemaTooNewException or IOException or UnauthorizedAccessException
        || exception is TimeoutException { InnerException: NpgsqlException };

    /// <summary>What went wrong, in words a person can act on (no stack trace, no class names, never a password).</summary>
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
        PostgresException postgres => postgres.SqlState switch
        {
            "28P01" or "28000" => "the server rejected the user name or password",
            "3D000" => "the database does not exist (create it first)",
            "42501" => "the user lacks a permission it needs (it must be able to create tables in the database)",
            "53300" => "the server has no connection slot left (too many connections)",
            "57P01" or "57P02" or "57P03" => "the server is shutting down or starting up",
            "53100" => "the server's disk is full",
            _ => $"the server answered {postgres.SqlState}: {postgres.MessageText}",
        },
        NpgsqlException { InnerException: SocketException } => "the server cannot be reached (is it running, and are Host and Port right?)",
        NpgsqlException { InnerException: TimeoutException } or TimeoutException => "the server did not answer in time",
        NpgsqlException npgsql => npgsql.Message,
        SchemaTooNewException => exception.Message,
        UnauthorizedAccessException => "permission to use the database file or its folder was denied",
        _ => exception.Message,
    };
}
