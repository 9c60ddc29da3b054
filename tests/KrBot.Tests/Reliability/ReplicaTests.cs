using KrBot.FakeBotApi;
using KrBot.Storage;
using KrBot.Subscriptions;
using KrBot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Reliability;

/// <summary>
/// Three real bot processes in webhook mode on one PostgreSQL database, against a fake Bot API that enforces
/// Telegram's limits: updates posted to random replicas (some twice, some with a wrong secret), the sending replica
/// killed mid-run, and digests due at once. Skipped, saying why, without a PostgreSQL server (see PostgresTestStore).
/// </summary>
[Collection(Alone.Name)]
public sealed class ReplicaTests
{
    private const int Replicas = 3;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [SkippableFact]
    public async Task ThousandUpdatesToRandomReplicas_SenderKilledMidRun_EachAnsweredOnceWithinTelegramsLimits()
    {
        const int updates = 1000;
        const int wrongSecrets = 50;
        const long firstChat = 80_000;
        using var database = new PostgresTestStore();
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        await using var replicas = await ReplicaSet.StartAsync(api, database, Replicas, Wait);

        var ids = Enumerable.Range(0, updates).Select(i => api.EnqueueMessage(firstChat + i, "How many users does DingTalk have?")).ToList();
        var forged = Enumerable.Range(0, wrongSecrets).Select(i => api.EnqueueMessage(firstChat + updates + i, "/dingtalk")).ToList();

        // 32 at a time, as Telegram's max_connections would allow; every 10th twice at once (a retry racing the first
        // request), and the replica that sends killed after 400.
        var statuses = new System.Collections.Concurrent.ConcurrentBag<List<int>>();
        using var slots = new SemaphoreSlim(32);
        var posts = new List<Task>();
        for (var i = 0; i < updates; i++)
        {
            if (i == 400)
            {
                await Task.WhenAll(posts.Take(300));
                await (await replicas.SenderAsync()).KillAsync();
            }

            await slots.WaitAsync();
            var id = ids[i];
            var twice = i % 10 == 0;
            posts.Add(Task.Run(async () =>
            {
                try
                {
                    var first = replicas.PostAsync(id);
                    var second = twice ? replicas.PostAsync(id) : Task.FromResult(new List<int> { 200 });
                    statuses.Add(await first);
                    statuses.Add(await second);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        var refused = await Task.WhenAll(forged.Select(id => replicas.PostAsync(id, secret: "not-the-secret")));
        await Task.WhenAll(posts);

        Assert.All(statuses, s => Assert.Equal(200, s[^1])); // every update was taken by some replica in the end
        Assert.All(refused, s => Assert.Equal(401, s[^1])); // after the kill, some first reached the dead replica (0)
        Assert.All(refused, s => Assert.DoesNotContain(200, s));
        await api.WaitUntilAsync(() => api.SentMessageCount >= updates, Wait, $"{updates} answers; {replicas.Describe(api)}");
        await Task.Delay(2000);

        var sent = api.SentMessages;
        Assert.All(Enumerable.Range(0, updates), i => Assert.Contains(sent, m => m.ChatId == firstChat + i && m.Text.Contains("300 million", StringComparison.Ordinal)));
        Assert.DoesNotContain(sent, m => m.ChatId >= firstChat + updates);
        var duplicates = sent.Count - updates;
        Assert.True(duplicates <= 16, $"{duplicates} answers were sent twice; only requests in flight at the kill may be (at most 16)");
        AssertWithinTelegramsLimits(api);
    }

    [SkippableFact]
    public async Task DigestsDueAtOnceAcrossReplicas_GoOutAtTheGlobalRate_NoneTwiceNoneMissed()
    {
        const int digests = 1000;
        const long firstChat = 90_000;
        using var database = new PostgresTestStore();
        await SubscribeYesterdayAtMidnightAsync(database, firstChat, digests);
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        await using var replicas = await ReplicaSet.StartAsync(api, database, Replicas, Wait);

        // Counting, not reading texts: the fake runs in this process, and a probe every 50 ms must not slow it down.
        await api.WaitUntilAsync(() => api.SentMessageCount >= digests, Wait, $"{digests} digests; {replicas.Describe(api)}");
        await Task.Delay(2000);

        var sent = Digests(api);
        Assert.Equal(digests, sent.Count);
        Assert.Equal(digests, sent.Select(m => m.ChatId).Distinct().Count());
        // The pace is measured by the benchmark `replica-digests` (median over runs: 103.8% of the time 30/s allows,
        // the issue's target being 5%; docs/benchmarks.md), not here: one run in real time on a shared 2-core machine
        // that also runs PostgreSQL, three replicas and this test is noise (up to 106% seen). This bound catches a pace
        // that is lost, such as a 429's pause or a sender lease that passes around, not the machine's stalls.
        var took = sent.Max(m => m.At) - sent.Min(m => m.At);
        var allowed = TimeSpan.FromSeconds(digests / 30.0);
        var first = sent.Min(m => m.At);
        var perSecond = sent.GroupBy(m => (int)(m.At - first).TotalSeconds).OrderBy(g => g.Key).Select(g => g.Count());
        var gaps = sent.OrderBy(m => m.At).Zip(sent.OrderBy(m => m.At).Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds).OrderDescending().Take(5);
        Assert.True(
            took <= allowed * 1.15,
            $"{digests} digests took {took.TotalSeconds:0.00} s; Telegram's 30/s allows {allowed.TotalSeconds:0.00} s. Sent per second: {string.Join(",", perSecond)}; "
            + $"{api.TooManyRequestsSent} refused ({string.Join("; ", api.TooManyRequestsReasons)}); longest gaps {string.Join(", ", gaps.Select(g => $"{g:0} ms"))}");
        AssertWithinTelegramsLimits(api);
    }

    private static List<SentMessage> Digests(FakeBotApiServer api) =>
        api.SentMessages.Where(m => m.Text.Contains("KrBot digest", StringComparison.Ordinal)).ToList();

    private static async Task SubscribeYesterdayAtMidnightAsync(PostgresTestStore database, long firstChat, int chats)
    {
        var yesterday = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        using var store = new SqlSubscriptionStore(database.NewDatabase(yesterday), yesterday);
        for (var i = 0; i < chats; i++) await store.UpsertAsync(firstChat + i, new TimeOnly(0, 0), "UTC", default);
    }

    /// <summary>What the fake saw: no send refused for flooding, at most 30 in any second, at most 1 a second per chat.</summary>
    private static void AssertWithinTelegramsLimits(FakeBotApiServer api)
    {
        Assert.True(api.TooManyRequestsSent == 0, $"{api.TooManyRequestsSent} sends refused (429): {string.Join("; ", api.TooManyRequestsReasons)}");
        var sent = api.SentMessages.OrderBy(m => m.At).ToList();
        var busiest = sent.Select((m, i) => sent.Skip(i).TakeWhile(n => n.At - m.At < TimeSpan.FromSeconds(1)).Count()).DefaultIfEmpty().Max();
        Assert.True(busiest <= 30, $"{busiest} messages were sent within one second");
        Assert.All(sent.GroupBy(m => m.ChatId), chat => Assert.All(chat.Zip(chat.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(1))));
    }
}
