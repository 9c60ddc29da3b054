using KrBot.Subscriptions;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests;

/// <summary>A SQLite subscription store in its own temp folder, deleted afterwards.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase(FakeTimeProvider time)
    {
        Path = System.IO.Path.Combine(_folder, "krbot.db");
        Store = new SqlSubscriptionStore(Path, time);
    }

    public string Path { get; }

    public SqlSubscriptionStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
