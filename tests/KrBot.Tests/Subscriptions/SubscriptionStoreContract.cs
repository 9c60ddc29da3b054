using KrBot.Core.Digests;
using KrBot.Storage;
using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using KrBot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Subscriptions;

/// <summary>
/// What every <see cref="ISubscriptionStore"/> provider must do, run against SQLite (<see cref="SqliteSubscriptionStoreTests"/>)
/// and PostgreSQL (<see cref="PostgresSubscriptionStoreTests"/>): the same claims, digests and migrations.
/// </summary>
public abstract class SubscriptionStoreContract : IDisposable
{
    protected const long Chat = -100123;
    protected static readonly TimeOnly Nine = new(9, 0);
    protected static readonly DateOnly Today = new(2025, 6, 2);
    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 2, 6, 0, 0, TimeSpan.Zero));
    private readonly List<SqlSubscriptionStore> _stores = [];

    // Bounds every database call, so a lock that is never released fails the test instead of hanging the run.
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));

    private protected SubscriptionStoreContract(TestStore database)
    {
        Database = database;
    }

    private protected TestStore Database { get; }

    protected CancellationToken Ct => _timeout.Token;

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Database.Dispose();
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task InitializeAsync_TwiceAndFromSecondStore_AppliesVersionOnce()
    {
        await NewStore().InitializeAsync(Ct);
        await NewStore().InitializeAsync(Ct);
        await NewStore().InitializeAsync(Ct);

        Assert.Equal((long)Database.SchemaVersion, await ScalarAsync("SELECT COUNT(*) FROM schema_version;"));
    }

    [SkippableFact]
    public async Task InitializeAsync_EightHostsStartingTogether_MigrateOnce()
    {
        var stores = Enumerable.Range(0, 8).Select(_ => NewStore()).ToArray();

        await Task.WhenAll(stores.Select(store => Task.Run(() => store.InitializeAsync(Ct), Ct)));

        Assert.Equal((long)Database.SchemaVersion, await ScalarAsync("SELECT COUNT(*) FROM schema_version;"));
    }

    [SkippableFact]
    public async Task InitializeAsync_DatabaseFromNewerBuild_Throws()
    {
        await NewStore().InitializeAsync(Ct);
        await ScalarAsync("INSERT INTO schema_version (version, applied_at_ms) VALUES (99, 0);");

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => NewStore().InitializeAsync(Ct));
        Assert.Contains("schema version 99, newer than this build's", error.Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UpsertAsync_WithoutInitialize_CreatesSchemaOnFirstUse()
    {
        var subscription = await NewStore().UpsertAsync(Chat, Nine, "Asia/Shanghai", Ct);

        Assert.Equal(new Subscription(Chat, Nine, "Asia/Shanghai", _time.GetUtcNow(), null, DigestHistory.None), subscription);
        Assert.Equal((long)Database.SchemaVersion, await ScalarAsync("SELECT MAX(version) FROM schema_version;"));
    }

    [SkippableFact]
    public async Task UpsertAsync_ExistingChat_ChangesTimeKeepsMemoryLastSentAndCreatedAt()
    {
        var store = NewStore();
        var created = await store.UpsertAsync(Chat, Nine, "Asia/Shanghai", Ct);
        var memory = new DigestHistory(["fact-1", "fact-2"], "fact-2", 1);
        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        await store.QueueDigestAsync(Chat, Today, memory, [], Ct);
        _time.Advance(TimeSpan.FromHours(3));

        var changed = await store.UpsertAsync(Chat, new TimeOnly(7, 15), "Europe/Berlin", Ct);

        var expected = new Subscription(Chat, new TimeOnly(7, 15), "Europe/Berlin", created.CreatedAt, Today, memory);
        Assert.Equal(expected, changed);
        Assert.Equal(expected, await store.GetAsync(Chat, Ct));
    }

    [SkippableFact]
    public async Task UpsertAsync_UnknownZone_ThrowsAndStoresNothing()
    {
        var store = NewStore();

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync(Chat, Nine, "Mars/Olympus", Ct));

        Assert.Null(await store.GetAsync(Chat, Ct));
    }

    [SkippableFact]
    public async Task Reopen_NewStoreOnSameDatabase_KeepsSubscriptionsMemoryAndSentDays()
    {
        var memory = new DigestHistory(["a", "b", "中文-id"], "b", 2);
        using (var first = new SqlSubscriptionStore(Database.NewDatabase(_time), _time))
        {
            await first.UpsertAsync(Chat, Nine, "Asia/Shanghai", Ct);
            Assert.True(await first.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
            await first.QueueDigestAsync(Chat, Today, memory, [], Ct);
        }

        var reopened = NewStore();

        Assert.Equal(new Subscription(Chat, Nine, "Asia/Shanghai", _time.GetUtcNow(), Today, memory), await reopened.GetAsync(Chat, Ct));
        Assert.False(await reopened.TryClaimAsync(Chat, Today, _time.GetUtcNow().AddDays(1), Lease, Ct));
    }

    [SkippableFact]
    public async Task GetAsync_UnknownChat_ReturnsNull()
    {
        Assert.Null(await NewStore().GetAsync(Chat, Ct));
    }

    [SkippableFact]
    public async Task RemoveAsync_Subscribed_ReturnsTrueAndDeletesDeliveries()
    {
        var store = NewStore();
        await store.UpsertAsync(Chat, Nine, "Asia/Shanghai", Ct);
        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        await store.QueueDigestAsync(Chat, Today, DigestHistory.None, [], Ct);

        Assert.True(await store.RemoveAsync(Chat, Ct));

        Assert.Null(await store.GetAsync(Chat, Ct));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM deliveries;"));
        Assert.False(await store.TryClaimAsync(Chat, Today.AddDays(1), _time.GetUtcNow(), Lease, Ct));
    }

    [SkippableFact]
    public async Task RemoveAsync_NotSubscribed_ReturnsFalse()
    {
        Assert.False(await NewStore().RemoveAsync(Chat, Ct));
    }

    [SkippableFact]
    public async Task TryClaimAsync_Twice_SecondReturnsFalse()
    {
        var store = await SubscribedStoreAsync();

        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        Assert.False(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        Assert.False(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow() + Lease - TimeSpan.FromMilliseconds(1), Lease, Ct));
    }

    [SkippableFact]
    public async Task TryClaimAsync_OtherDayOrChat_IsIndependent()
    {
        var store = await SubscribedStoreAsync();
        await store.UpsertAsync(Chat + 1, Nine, "Asia/Shanghai", Ct);

        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        Assert.True(await store.TryClaimAsync(Chat, Today.AddDays(1), _time.GetUtcNow(), Lease, Ct));
        Assert.True(await store.TryClaimAsync(Chat + 1, Today, _time.GetUtcNow(), Lease, Ct));
    }

    [SkippableFact]
    public async Task TryClaimAsync_AfterQueueDigest_ReturnsFalseEvenAfterLease()
    {
        var store = await SubscribedStoreAsync();
        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        await store.QueueDigestAsync(Chat, Today, DigestHistory.None, [], Ct);

        _time.Advance(TimeSpan.FromDays(2));

        Assert.False(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
    }

    [SkippableFact]
    public async Task TryClaimAsync_DayBeforeLastSent_ReturnsFalse()
    {
        var store = await SubscribedStoreAsync();
        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        await store.QueueDigestAsync(Chat, Today, DigestHistory.None, [], Ct);

        Assert.False(await store.TryClaimAsync(Chat, Today.AddDays(-1), _time.GetUtcNow(), Lease, Ct));
    }

    [SkippableFact]
    public async Task TryClaimAsync_RestartAfterLeaseExpiredWithoutQueueDigest_ReturnsTrue()
    {
        // The host claimed, then died before sending: a new process on the same database gets the day once the lease is over.
        using (var crashed = new SqlSubscriptionStore(Database.NewDatabase(_time), _time))
        {
            await crashed.UpsertAsync(Chat, Nine, "Asia/Shanghai", Ct);
            Assert.True(await crashed.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        }

        var restarted = NewStore();
        Assert.False(await restarted.TryClaimAsync(Chat, Today, _time.GetUtcNow() + Lease - TimeSpan.FromMilliseconds(1), Lease, Ct));
        Assert.True(await restarted.TryClaimAsync(Chat, Today, _time.GetUtcNow() + Lease, Lease, Ct));
        Assert.False(await restarted.TryClaimAsync(Chat, Today, _time.GetUtcNow() + Lease, Lease, Ct));
    }

    [SkippableFact]
    public async Task TryClaimAsync_NotSubscribed_ReturnsFalse()
    {
        Assert.False(await NewStore().TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
    }

    [SkippableFact]
    public async Task TryClaimAsync_EightConcurrentClaimers_ExactlyOneWins()
    {
        await SubscribedStoreAsync();

        // Eight stores on one database stand for eight loops or replicas; the gate makes them race for the same row.
        var stores = Enumerable.Range(0, 8).Select(_ => NewStore()).ToArray();
        foreach (var store in stores)
        {
            await store.InitializeAsync(Ct);
        }

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = stores.Select(store => Task.Run(
            async () =>
            {
                await gate.Task;
                return await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct);
            },
            Ct)).ToArray();
        gate.SetResult();

        var results = await Task.WhenAll(claims);

        Assert.Single(results, won => won);
    }

    [SkippableFact]
    public async Task QueueDigestAsync_StoresMemoryAndLastSentDate()
    {
        var store = await SubscribedStoreAsync();
        var memory = new DigestHistory(["f1", "f2", "f3"], "f3", 4);
        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));

        await store.QueueDigestAsync(Chat, Today, memory, [], Ct);

        var stored = await store.GetAsync(Chat, Ct);
        Assert.Equal(Today, stored?.LastSentLocalDate);
        Assert.Equal(memory, stored?.Memory);
    }

    [SkippableFact]
    public async Task QueueDigestAsync_OlderDayAfterNewer_KeepsLatestLastSentDate()
    {
        var store = await SubscribedStoreAsync();
        await store.QueueDigestAsync(Chat, Today, DigestHistory.None, [], Ct);

        await store.QueueDigestAsync(Chat, Today.AddDays(-1), DigestHistory.None, [], Ct);

        Assert.Equal(Today, (await store.GetAsync(Chat, Ct))?.LastSentLocalDate);
    }

    [SkippableFact]
    public async Task QueueDigestAsync_UnsubscribedMeanwhile_RecordsNothing()
    {
        var store = await SubscribedStoreAsync();
        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        await store.RemoveAsync(Chat, Ct);

        await store.QueueDigestAsync(Chat, Today, DigestHistory.None, [], Ct);

        Assert.Null(await store.GetAsync(Chat, Ct));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM deliveries;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM outbox;"));
    }

    [SkippableFact]
    public async Task QueueDigestAsync_StoresTheMessagesInTheOutboxAndTheDayAsOnItsWay()
    {
        var store = await SubscribedStoreAsync();
        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        var deadline = _time.GetUtcNow().AddHours(10);
        OutgoingMessage[] parts = [new(Chat, "<b>one</b>", "one") { Deadline = deadline, DigestDate = Today }, new(Chat, "two", "two") { Deadline = deadline, DigestDate = Today }];

        var queued = await store.QueueDigestAsync(Chat, Today, DigestHistory.None, parts, Ct);

        Assert.Equal(["<b>one</b>", "two"], queued.Select(m => m.Html));
        Assert.All(queued, m => Assert.True(m.OutboxId > 0));
        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE digest_local_date IS NOT NULL;"));
        Assert.Equal("queued", await store.GetDeliveryStatusAsync(Chat, Today, Ct));
        Assert.False(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow().AddHours(1), Lease, Ct));
    }

    [SkippableFact]
    public async Task MoveChatAsync_GroupBecameSupergroup_KeepsSubscriptionMemoryAndHistory()
    {
        const long supergroup = -1009876543210;
        var store = await SubscribedStoreAsync();
        var memory = new DigestHistory(["f1"], "f1", 1);
        Assert.True(await store.TryClaimAsync(Chat, Today, _time.GetUtcNow(), Lease, Ct));
        await store.QueueDigestAsync(Chat, Today, memory, [], Ct);
        var before = await store.GetAsync(Chat, Ct);

        await store.MoveChatAsync(Chat, supergroup, Ct);

        Assert.Null(await store.GetAsync(Chat, Ct));
        Assert.Equal(before! with { ChatId = supergroup }, await store.GetAsync(supergroup, Ct));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM deliveries;"));
        Assert.Equal(supergroup, await ScalarAsync("SELECT chat_id FROM deliveries;"));
        Assert.False(await store.TryClaimAsync(supergroup, Today, _time.GetUtcNow().AddDays(1), Lease, Ct));
        Assert.True(await store.TryClaimAsync(supergroup, Today.AddDays(1), _time.GetUtcNow(), Lease, Ct));
    }

    [SkippableFact]
    public async Task MoveChatAsync_NewIdAlreadySubscribed_KeepsItsSettingsAndInheritsSentDay()
    {
        const long supergroup = -1009876543210;
        var store = await SubscribedStoreAsync();
        await store.QueueDigestAsync(Chat, Today, new DigestHistory(["old"], "old", 5), [], Ct);
        var newer = await store.UpsertAsync(supergroup, new TimeOnly(18, 0), "Europe/Berlin", Ct);

        await store.MoveChatAsync(Chat, supergroup, Ct);

        Assert.Null(await store.GetAsync(Chat, Ct));
        Assert.Equal(newer with { LastSentLocalDate = Today }, await store.GetAsync(supergroup, Ct));
        Assert.False(await store.TryClaimAsync(supergroup, Today, _time.GetUtcNow(), Lease, Ct));
    }

    [SkippableFact]
    public async Task MoveChatAsync_UnknownOldId_ChangesNothing()
    {
        var store = await SubscribedStoreAsync();

        await store.MoveChatAsync(Chat + 1, Chat + 2, Ct);

        Assert.NotNull(await store.GetAsync(Chat, Ct));
        Assert.Null(await store.GetAsync(Chat + 2, Ct));
    }

    [SkippableFact]
    public async Task ListAsync_ThousandSubscriptions_ReturnsAllOrderedByChatId()
    {
        var store = NewStore();
        for (var i = 1000; i >= 1; i--)
        {
            await store.UpsertAsync(i, new TimeOnly(i % 24, i % 60), i % 2 == 0 ? "Asia/Shanghai" : "America/Los_Angeles", Ct);
        }

        var all = await store.ListAsync(Ct);

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), all.Select(s => s.ChatId));
        Assert.Equal(new TimeOnly(7 % 24, 7 % 60), all[6].LocalTime);
        Assert.Equal("America/Los_Angeles", all[6].TimeZoneId);
    }

    private protected SqlSubscriptionStore NewStore()
    {
        var store = new SqlSubscriptionStore(Database.NewDatabase(_time), _time);
        _stores.Add(store);
        return store;
    }

    private async Task<SqlSubscriptionStore> SubscribedStoreAsync()
    {
        var store = NewStore();
        await store.UpsertAsync(Chat, Nine, "Asia/Shanghai", Ct);
        return store;
    }

    private protected Task<object?> ScalarAsync(string sql) => Database.ScalarAsync(sql, Ct);
}
