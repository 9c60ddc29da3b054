using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using KrBot.FakeBotApi;
using Npgsql;

namespace KrBot.Benchmarks.Harness;

/// <summary>
/// Webhook mode under a burst: N KrBot processes (the Release build) on one PostgreSQL database, each on its own
/// loopback port, and the updates posted to them round robin, up to 100 at once (Telegram's largest max_connections),
/// with the secret token, as Telegram behind a proxy would. Rate limits off, so the bot's own speed shows, not
/// Telegram's 30/s. Measures answers per second (from the first post to the last answer the fake received) and the
/// time to answer each update (from its post to its answer reaching the fake): median and p99.
/// </summary>
internal static class WebhookHarness
{
    private const string Secret = "benchmark-secret";
    private const int InFlight = 100;

    public static async Task RunAsync(int updates, int runs, IReadOnlyList<int> replicaCounts, TextWriter output)
    {
        var connectionString = Environment.GetEnvironmentVariable("KRBOT_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("set KRBOT_BENCH_POSTGRES to a PostgreSQL connection string (a database the harness may create schemas in)");
        var binary = BotLaunch.KrBotBinary(null);
        output.WriteLine($"Bot binary: {binary}; {updates} updates, {InFlight} posts in flight, {runs} runs per setup, {Environment.ProcessorCount} cores");
        foreach (var replicas in replicaCounts)
        {
            var results = new List<(double PerSecond, double MedianMs, double P99Ms, double AcceptedMs)>();
            for (var run = 1; run <= runs; run++)
            {
                var result = await MeasureAsync(binary, connectionString, replicas, updates);
                output.WriteLine($"  {replicas} replica(s), run {run}: {result.PerSecond:F0} answers/s; time to answer median {result.MedianMs:F0} ms, p99 {result.P99Ms:F0} ms; every update stored (200) after {result.AcceptedMs:F0} ms");
                results.Add(result);
            }

            output.WriteLine($"{replicas} replica(s), median of {runs} runs: {Stats.Median(results.Select(r => r.PerSecond).ToList()):F0} answers/s; time to answer median {Stats.Median(results.Select(r => r.MedianMs).ToList()):F0} ms, p99 {Stats.Median(results.Select(r => r.P99Ms).ToList()):F0} ms");
        }
    }

    private static async Task<(double PerSecond, double MedianMs, double P99Ms, double AcceptedMs)> MeasureAsync(string binary, string connectionString, int replicas, int updates)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var schema = "bench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(connectionString, $"CREATE SCHEMA {schema};");
        var folder = Directory.CreateTempSubdirectory("krbot-webhook-bench-").FullName;
        var bots = new List<(BotProcess Process, Uri Address)>();
        try
        {
            await StartReplicasAsync(binary, api, connectionString, schema, replicas, folder, bots);

            // Warm-up, not measured: each replica answers 200 updates first, so the burst meets warm processes (compiled
            // request path, open connections), as Telegram's steady traffic does. The first burst after a start is slower.
            await PostAllAsync(api, bots, 2_000_000, 200 * replicas, new ConcurrentDictionary<long, DateTimeOffset>());
            await bots[0].Process.WhileRunningAsync(api.WaitForSentMessagesAsync(200 * replicas, TimeSpan.FromMinutes(2)));
            var warmUp = api.SentMessageCount;

            const long firstChat = 1_000_000;
            var posted = new ConcurrentDictionary<long, DateTimeOffset>();
            var started = DateTimeOffset.UtcNow;
            await PostAllAsync(api, bots, firstChat, updates, posted);
            var accepted = DateTimeOffset.UtcNow - started;
            await bots[0].Process.WhileRunningAsync(api.WaitForSentMessagesAsync(warmUp + updates, TimeSpan.FromMinutes(2)));

            var answered = api.SentMessages.Where(m => m.ChatId >= firstChat && m.ChatId < firstChat + updates).GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Min(m => m.At));
            var times = posted.Select(p => (answered[p.Key] - p.Value).TotalMilliseconds).Order().ToList();
            var span = answered.Values.Max() - started;
            return (updates / span.TotalSeconds, Stats.Median(times), times[(int)Math.Ceiling(times.Count * 0.99) - 1], accepted.TotalMilliseconds);
        }
        finally
        {
            foreach (var (bot, _) in bots) await bot.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(connectionString, $"DROP SCHEMA {schema} CASCADE;");
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Starts <paramref name="replicas"/> bots in webhook mode on the schema, each on its own loopback port, into
    /// <paramref name="bots"/> (so the caller disposes them even when a start fails), and waits until each is ready.
    /// </summary>
    internal static async Task StartReplicasAsync(
        string binary, FakeBotApiServer api, string connectionString, string schema, int replicas, string folder, List<(BotProcess Process, Uri Address)> bots,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var botConnection = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema, MaxPoolSize = 20 }.ToString();
        for (var i = 0; i < replicas; i++)
        {
            var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
            var environment = new Dictionary<string, string>
            {
                ["Telegram__Mode"] = "webhook",
                ["Telegram__Webhook__Url"] = "https://bot.example.test/telegram/webhook",
                ["Telegram__Webhook__SecretToken"] = Secret,
                ["Storage__Provider"] = "postgres",
                ["Storage__ConnectionString"] = botConnection,
                ["Urls"] = address.ToString(),
            };
            foreach (var (name, value) in settings ?? new Dictionary<string, string>()) environment[name] = value;
            var start = BotLaunch.KrBot(binary, environment).StartInfo(api, folder);
            bots.Add((BotProcess.Start(start), address));
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var (bot, address) in bots)
        {
            await bot.WhileRunningAsync(WaitReadyAsync(http, address));
        }
    }

    /// <summary>Queues one question per chat from <paramref name="firstChat"/> on and posts them all, round robin, <see cref="InFlight"/> at a time.</summary>
    private static async Task PostAllAsync(FakeBotApiServer api, List<(BotProcess Process, Uri Address)> bots, long firstChat, int count, ConcurrentDictionary<long, DateTimeOffset> posted)
    {
        var ids = Enumerable.Range(0, count).Select(i => api.EnqueueMessage(firstChat + i, "How many users does DingTalk have?")).ToList();
        using var slots = new SemaphoreSlim(InFlight);
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            await slots.WaitAsync();
            try
            {
                posted[firstChat + i] = DateTimeOffset.UtcNow;
                var target = new Uri(bots[i % bots.Count].Address, "/telegram/webhook");
                var status = (await api.PostUpdateAsync(id, target, Secret, attempts: 5, retryDelay: TimeSpan.FromMilliseconds(50)))[^1];
                if (status != 200) throw new InvalidOperationException($"update {id} was refused with {status}");
            }
            finally
            {
                slots.Release();
            }
        }));
    }

    private static async Task<bool> WaitReadyAsync(HttpClient http, Uri address)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await http.GetAsync(new Uri(address, "/readyz"))).StatusCode == HttpStatusCode.OK) return true;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{address} did not become ready");
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
