using KrBot.Storage;

namespace KrBot.Tests.Storage;

/// <summary>The bot's SQLite file in a temp folder of its own, deleted afterwards, for store tests.</summary>
internal sealed class TempSqliteDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krbot-db-").FullName;

    public TempSqliteDatabase(TimeProvider time) => Database = new SqliteDatabase(System.IO.Path.Combine(_folder, "krbot.db"), time);

    public SqliteDatabase Database { get; }

    public string Path => Database.Path;

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
