using KrBot.Storage;
using KrBot.Tests.Storage;

namespace KrBot.Tests.Subscriptions;

/// <summary>The store contract on a SQLite file, and what only a file has: its folder, WAL, and older files to upgrade.</summary>
public sealed class SqliteSubscriptionStoreTests() : SubscriptionStoreContract(new SqliteTestStore())
{
    private string FilePath => ((SqliteTestStore)Database).Path;

    [Fact]
    public async Task InitializeAsync_NewFile_CreatesFolderSchemaWalAndRecordsVersion()
    {
        await NewStore().InitializeAsync(Ct);

        Assert.True(File.Exists(FilePath));
        Assert.Equal((long)BotSchema.CurrentVersion, await ScalarAsync("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal((long)BotSchema.CurrentVersion, await ScalarAsync("SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM subscriptions;"));
    }

    [Fact]
    public async Task InitializeAsync_VersionTwoFileWithHistory_UpgradesKeepingSubscriptionsAndSentDays()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await ScalarAsync("""
            CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at_ms INTEGER NOT NULL);
            INSERT INTO schema_version VALUES (1, 0), (2, 0);
            CREATE TABLE subscriptions (chat_id INTEGER PRIMARY KEY, local_time TEXT NOT NULL, time_zone_id TEXT NOT NULL, created_at_ms INTEGER NOT NULL,
                last_sent_local_date TEXT NULL, seen_fact_ids TEXT NOT NULL DEFAULT '[]', last_stat_fact_id TEXT NULL, digests_sent INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE deliveries (chat_id INTEGER NOT NULL, local_date TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('claimed', 'released', 'sent')),
                available_at_ms INTEGER NULL, sent_at_ms INTEGER NULL, PRIMARY KEY (chat_id, local_date));
            CREATE TABLE bot_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
            INSERT INTO subscriptions VALUES (5, '09:00:00', 'Asia/Shanghai', 0, '2026-11-24', '[]', NULL, 3);
            INSERT INTO deliveries VALUES (5, '2026-11-24', 'sent', NULL, 1);
            """);

        var store = NewStore();
        await store.InitializeAsync(Ct);

        Assert.Equal((long)BotSchema.CurrentVersion, await ScalarAsync("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal("sent", await store.GetDeliveryStatusAsync(5, new DateOnly(2026, 11, 24), Ct));
        Assert.Equal(3, (await store.GetAsync(5, Ct))!.Memory.DigestsSent);
        Assert.False(await store.TryClaimAsync(5, new DateOnly(2026, 11, 24), _time.GetUtcNow(), Lease, Ct));
    }

}
