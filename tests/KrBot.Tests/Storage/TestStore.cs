using System.Data.Common;
using KrBot.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KrBot.Tests.Storage;

/// <summary>
/// One provider's database for one test, deleted afterwards: a SQLite file in a temp folder, or a PostgreSQL schema of
/// its own (see <see cref="PostgresTestStore"/>). The store contract tests run against both.
/// </summary>
internal abstract class TestStore : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    /// <summary>The migrations this provider's schema has.</summary>
    public abstract int SchemaVersion { get; }

    /// <summary>A new owner of the same database, as another host or replica would open it.</summary>
    public IBotDatabase NewDatabase(TimeProvider time)
    {
        var database = CreateDatabase(time);
        _owned.Add((IDisposable)database);
        return database;
    }

    /// <summary>Runs SQL behind the stores' backs, so a test sees what is stored rather than what a store reports.</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = OpenRaw();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is int number ? (long)number : value; // PostgreSQL's INTEGER columns read as int, SQLite's as long
    }

    public virtual void Dispose()
    {
        foreach (var owned in _owned) owned.Dispose();
    }

    protected abstract IBotDatabase CreateDatabase(TimeProvider time);

    protected abstract DbConnection OpenRaw();
}

internal sealed class SqliteTestStore : TestStore
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));

    /// <summary>In a folder that does not exist yet: the database has to create it.</summary>
    public string Path => System.IO.Path.Combine(_folder, "data", "krbot.db");

    public override int SchemaVersion => BotSchema.CurrentVersion;

    public override void Dispose()
    {
        base.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (DirectoryNotFoundException) { /* never created */ }
    }

    protected override IBotDatabase CreateDatabase(TimeProvider time) => new SqliteDatabase(Path, time);

    protected override DbConnection OpenRaw() => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
}

/// <summary>
/// A schema of its own on the server named by <see cref="Variable"/>, so tests can run side by side and leave nothing.
/// Without the variable the tests are skipped, and say why; in CI (CI=true) its absence is a failure, and so is a
/// server that cannot be reached.
/// </summary>
internal sealed class PostgresTestStore : TestStore
{
    public const string Variable = "KRBOT_TEST_POSTGRES";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly string _admin;

    public PostgresTestStore()
    {
        _admin = RequireConnectionString();
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ToString();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema};", connection);
        create.ExecuteNonQuery();
    }

    /// <summary>The server, with this test's schema as the search path: what a bot under test is given.</summary>
    public string ConnectionString { get; }

    public override int SchemaVersion => PostgresSchema.Migrations.Length;

    /// <summary>The connection string to test with, or a skip (a failure in CI) saying why there is none.</summary>
    public static string RequireConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value) && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Variable} is not set: in CI the PostgreSQL tests must run (.ci/run starts a server and sets it).");
        }

        Skip.If(string.IsNullOrWhiteSpace(value), $"PostgreSQL tests skipped: {Variable} is not set (e.g. Host=127.0.0.1;Port=5432;Username=krbot;Password=krbot;Database=krbot_test; .ci/run sets it up).");
        return value!;
    }

    public override void Dispose()
    {
        base.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE;", connection);
        drop.ExecuteNonQuery();
    }

    protected override IBotDatabase CreateDatabase(TimeProvider time) => new PostgresDatabase(ConnectionString, time);

    protected override DbConnection OpenRaw() => new NpgsqlConnection(ConnectionString);
}
