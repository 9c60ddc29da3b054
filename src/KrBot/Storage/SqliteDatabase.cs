using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace KrBot.Storage;

/// <summary>
/// The bot's SQLite file: creates and migrates it once, then hands out pooled connections. Before each unit of
/// work it checks that the path still names the file it opened, so a database deleted or replaced under the
/// running bot is noticed and reported instead of written into an unlinked file (and lost at the next start).
/// Failures surface as <see cref="StorageUnavailableException"/> or <see cref="SqliteException"/>; see
/// <see cref="StorageFault"/>.
/// </summary>
internal sealed class SqliteDatabase : IBotDatabase, IDisposable
{
    private readonly string _createConnectionString;
    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private volatile bool _initialized;
    private FileIdentity? _identity;

    // Held open from the first start to Dispose: on Linux, closing any descriptor of a file drops every POSIX lock
    // the process holds on it, SQLite's included, so the header is read through one handle that is never closed early.
    private Microsoft.Win32.SafeHandles.SafeFileHandle? _header;

    public SqliteDatabase(string path, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _timeProvider = timeProvider;

        // DefaultTimeout bounds how long a command waits for another process's lock: "locked too long" becomes an
        // error a person is told about instead of a bot that hangs.
        var builder = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, DefaultTimeout = 5, Mode = SqliteOpenMode.ReadWriteCreate };
        _createConnectionString = builder.ToString();

        // After the first start the file must exist: a vanished database is an error, not a reason to begin anew.
        builder.Mode = SqliteOpenMode.ReadWrite;
        _connectionString = builder.ToString();
    }

    public string Path { get; }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string Setting => "Storage:DatabasePath";

    public string Location => Path;

    /// <summary>Creates the folder and the file, runs pending migrations, and checks the file can be written.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized) return;
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized) return;
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using (var connection = await OpenRawAsync(_createConnectionString, cancellationToken))
            {
                await BotSchema.MigrateAsync(connection, _timeProvider.GetUtcNow(), cancellationToken);

                // A read-only file opens without complaint and reads fine; only a write tells. Better now than at the
                // first /subscribe.
                await DbCommands.ExecuteAsync(
                    connection,
                    null,
                    "INSERT INTO bot_state (key, value) VALUES ('last_start_ms', @now) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
                    [("@now", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())],
                    cancellationToken);
            }

            _identity = FileIdentity.Of(Path);
            _header = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            _initialized = true;
        }
        catch (Exception e) when (e is SqliteException or SchemaTooNewException or IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException(Path, StorageFault.Describe(e), e);
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    /// <summary>An open connection to the file this bot has been using; throws when that file is gone or was replaced.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var current = FileIdentity.Of(Path);
        if (current is null)
        {
            ClearPool();
            throw new StorageUnavailableException(Path, "the database file is missing: it was deleted or moved while the bot was running");
        }

        if (current != _identity)
        {
            ClearPool();
            throw new StorageUnavailableException(Path, "the database file was replaced while the bot was running; restart the bot to use the new file");
        }

        // Overwritten in place (same file, other bytes): SQLite may not look at the header again for a while. The pool
        // is kept: closing its connections would checkpoint the log over the damage and hide it.
        if (!HasSqliteHeader(_header!))
        {
            throw new StorageUnavailableException(Path, "the database file is damaged or is not a KrBot database (it was overwritten while the bot was running)");
        }

        return await OpenRawAsync(_connectionString, cancellationToken);
    }

    private static bool HasSqliteHeader(Microsoft.Win32.SafeHandles.SafeFileHandle file)
    {
        Span<byte> header = stackalloc byte[16];
        return RandomAccess.Read(file, header, 0) == header.Length && header.SequenceEqual("SQLite format 3\0"u8);
    }

    // Pooled connections keep the file and its -wal open; let them go when the host stops or a test deletes the folder.
    public void Dispose()
    {
        ClearPool();
        _header?.Dispose(); // after the pool: no SQLite lock is left to lose
        _initializeLock.Dispose();
    }

    private void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        using var creating = new SqliteConnection(_createConnectionString);
        SqliteConnection.ClearPool(creating);
    }

    private async Task<SqliteConnection> OpenRawAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Another process holding the write lock makes us wait up to 5 s instead of failing at once. NORMAL is
            // durable across a crash of this process in WAL mode (the log is in the OS cache), and saves an fsync
            // per transaction; a power loss may forget the last transactions.
            await DbCommands.ExecuteAsync(connection, null, "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;", [], cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
