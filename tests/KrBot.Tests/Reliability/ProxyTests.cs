using System.Collections.Concurrent;
using System.Net;
using KrBot.FakeBotApi;
using KrBot.Tests.Storage;

namespace KrBot.Tests.Reliability;

/// <summary>
/// The production layout with the deployed proxy configuration: Caddy (deploy/Caddyfile) in front of three real
/// replicas on one PostgreSQL, Telegram's posts going through it, and the replica holding the sender lease killed.
/// Skipped, saying why, without PostgreSQL or Caddy; both run in CI.
/// </summary>
[Collection(Alone.Name)]
public sealed class ProxyTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    // deploy/Caddyfile checks /healthz every 2 s with a 1 s timeout; a refused request takes the replica out at once.
    private static readonly TimeSpan Noticed = TimeSpan.FromSeconds(3.5);

    [SkippableFact]
    public async Task BehindTheDeployedProxy_TheSendingReplicaKilled_EveryQuestionIsAnsweredOnce_AndTheProxyStopsUsingIt()
    {
        const int updates = 300;
        const int killAfter = 100;
        const int inFlight = 16;
        const long firstChat = 70_000;
        CaddyProxy.RequireCaddy();
        using var database = new PostgresTestStore();
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        await using var replicas = await ReplicaSet.StartAsync(api, database, 3, Wait);
        await using var proxy = await CaddyProxy.StartAsync(api, replicas.Addresses, Wait);
        var webhook = new Uri(proxy.Address, ReplicaSet.WebhookPath);

        // Only the webhook is public; health and metrics stay on the replicas' own ports.
        using (var http = new HttpClient())
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(proxy.Address, "/metrics"))).StatusCode);
        }

        var forged = api.EnqueueMessage(firstChat - 1, "/dingtalk");
        Assert.Equal([401], await api.PostUpdateAsync(forged, webhook, "not-the-secret"));

        var ids = Enumerable.Range(0, updates).Select(i => api.EnqueueMessage(firstChat + i, "How many users does DingTalk have?")).ToList();
        var statuses = new ConcurrentDictionary<int, IReadOnlyList<int>>();
        var afterKill = new ConcurrentBag<int>(); // posts started when the proxy's health check must have noticed
        var killedAt = DateTimeOffset.MaxValue;
        using var slots = new SemaphoreSlim(inFlight);
        var posts = new List<Task>();
        for (var i = 0; i < updates; i++)
        {
            if (i == killAfter)
            {
                await Task.WhenAll(posts); // the kill lands between posts, so every later post meets the dead replica's absence
                await (await replicas.SenderAsync()).KillAsync();
                killedAt = DateTimeOffset.UtcNow;
            }

            await slots.WaitAsync();
            await Task.Delay(25); // steady traffic, about 40 questions a second, so some arrive well after the kill
            var (index, id) = (i, ids[i]);
            if (DateTimeOffset.UtcNow - killedAt > Noticed) afterKill.Add(index);
            // Telegram's side: no 2xx, and it tries the same update again later.
            posts.Add(Task.Run(async () =>
            {
                try
                {
                    statuses[index] = await api.PostUpdateAsync(id, webhook, ReplicaSet.Secret, attempts: 8, retryDelay: TimeSpan.FromMilliseconds(500));
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        await Task.WhenAll(posts);
        await api.WaitUntilAsync(() => api.SentMessageCount >= updates, Wait, $"{updates} answers; proxy: {proxy.Output}; {replicas.Describe(api)}");
        await Task.Delay(2000);

        Assert.All(statuses.Values, s => Assert.Equal(200, s[^1])); // each taken in the end
        // A post that met the dead replica got a 502 and was delivered again, as Telegram does. Only those in flight
        // when the proxy first saw it fail can have; once its health check noticed, none.
        Assert.InRange(statuses.Values.Count(s => s.Count > 1), 0, inFlight);
        Assert.NotEmpty(afterKill);
        Assert.All(afterKill, i => Assert.Equal([200], statuses[i]));
        var sent = api.SentMessages;
        Assert.All(Enumerable.Range(0, updates), i => Assert.Contains(sent, m => m.ChatId == firstChat + i && m.Text.Contains("300 million", StringComparison.Ordinal)));
        Assert.DoesNotContain(sent, m => m.ChatId == firstChat - 1);
        // Every post was stored before the kill, but the killed replica was still sending (30/s): only the requests
        // it had in flight to Telegram (Telegram:Sender:MaxConcurrentSends, 8) may be sent again by the next holder.
        Assert.InRange(sent.Count - updates, 0, 8);
        Assert.True(api.TooManyRequestsSent == 0, $"{api.TooManyRequestsSent} refused (429): {string.Join("; ", api.TooManyRequestsReasons)}; the sender was killed at {killedAt:HH:mm:ss.fff}, the first answer went at {sent.Min(m => m.At):HH:mm:ss.fff}");
    }
}
