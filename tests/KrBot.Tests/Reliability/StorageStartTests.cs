using KrBot.FakeBotApi;
using KrBot.Subscriptions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Reliability;

/// <summary>
/// A database the bot cannot use stops the start of the real process with exit code 1 and one sentence that names
/// Storage:DatabasePath and the cause: no stack trace, no half-working bot that silently drops subscriptions.
/// </summary>
public sealed class StorageStartTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DatabaseFromANewerBuild_ExitsWithOneSentence()
    {
        var folder = await CreatedDatabaseAsync();
        Execute(folder, "INSERT INTO schema_version (version, applied_at_ms) VALUES (99, 0);");

        await AssertStartFailsAsync(folder, "the database is at schema version 99, newer than this build's");
    }

    [Fact]
    public async Task DatabaseFileOfGarbage_ExitsWithOneSentence()
    {
        var folder = BotProcess.NewFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(BotProcess.DatabasePath(folder))!);
        await File.WriteAllBytesAsync(BotProcess.DatabasePath(folder), Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());

        await AssertStartFailsAsync(folder, "the database file is damaged or is not a KrBot database");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task ReadOnlyDatabaseFile_ExitsWithOneSentence()
    {
        var folder = await CreatedDatabaseAsync();
        File.SetUnixFileMode(BotProcess.DatabasePath(folder), UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        foreach (var path in new[] { folder, Path.GetDirectoryName(BotProcess.DatabasePath(folder))! })
            File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111); // the folder stays writable: only the file is read-only

        // Root ignores file permissions, so as root the bot runs as "nobody" (65534), as it would in a container.
        await AssertStartFailsAsync(folder, "the database file is read-only", asUser: Environment.UserName == "root" ? "65534" : null);
    }

    [Fact]
    public async Task DatabaseLockedByAnotherProcess_ExitsWithOneSentence()
    {
        var folder = await CreatedDatabaseAsync();
        await using var holder = new SqliteConnection($"Data Source={BotProcess.DatabasePath(folder)};Pooling=False");
        await holder.OpenAsync();
        await using var command = holder.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();

        await AssertStartFailsAsync(folder, "the database is locked by another process and stayed locked too long");
    }

    [SkippableFact]
    public async Task PostgresPasswordRejected_ExitsWithOneSentenceNamingTheServerNotThePassword()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Storage.PostgresTestStore.RequireConnectionString()) { Password = "wrong-password-x9" };
        var folder = BotProcess.NewFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = BotProcess.Start(api, folder, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "postgres",
            ["Storage__ConnectionString"] = server.ToString(),
        });

        Assert.Equal(1, await bot.WaitForExitAsync(Wait));
        Assert.Contains(
            $"Cannot use the database set by Storage:ConnectionString (PostgreSQL database “{server.Database}” on {server.Host}:{server.Port}): the server rejected the user name or password.",
            bot.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password-x9", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    private static async Task AssertStartFailsAsync(string folder, string cause, string? asUser = null)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = BotProcess.Start(api, folder, asUser: asUser);

        var exitCode = await bot.WaitForExitAsync(Wait);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Cannot use the database set by Storage:DatabasePath ({BotProcess.DatabasePath(folder)}): {cause}", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.Output, StringComparison.Ordinal); // no stack trace
        Assert.DoesNotContain(api.Requests, r => r.Method == "getUpdates"); // it never started answering
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<string> CreatedDatabaseAsync()
    {
        var folder = BotProcess.NewFolder();
        using var store = new SqlSubscriptionStore(BotProcess.DatabasePath(folder), new FakeTimeProvider(DateTimeOffset.UtcNow));
        await store.InitializeAsync(default);
        return folder;
    }

    private static void Execute(string folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={BotProcess.DatabasePath(folder)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
