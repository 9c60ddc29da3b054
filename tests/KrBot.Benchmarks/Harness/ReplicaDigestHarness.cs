using KrBot.FakeBotApi;
using KrBot.Storage;
using KrBot.Subscriptions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace KrBot.Benchmarks.Harness;

/// <summary>
/// Digests due at once across replicas, in real time: N chats subscribed at midnight UTC yesterday, three KrBot
/// processes (the Release build) in webhook mode on one PostgreSQL schema, the fake Bot API enforcing Telegram's
/// limits. Per run: the time from the first digest to the last against the time 30 messages/s allows, the 429s, and
/// chats sent twice or missed; then the median ratio. The replica test checks the same fan-out for correctness; the
/// time is measured here, over several runs, because one run on a shared 2-core machine is noise.
/// </summary>
internal static class ReplicaDigestHarness
{
    public static async Task RunAsync(int digests, int runs, int replicas, TextWriter output)
    {
        var connectionString = Environment.GetEnvironmentVariable("KRBOT_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("set KRBOT_BENCH_POSTGRES to a PostgreSQL connection string (a database the harness may create schemas in)");
        var binary = BotLaunch.KrBotBinary(null);
        var allowed = digests / 30.0;
        output.WriteLine($"Bot binary: {binary}; {digests} digests due at once, {replicas} replicas, {runs} runs, {Environment.ProcessorCount} cores; 30/s allows {allowed:F2} s");
        var ratios = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var (took, refused, twice, missed) = await MeasureAsync(binary, connectionString, replicas, digests);
            ratios.Add(took / allowed);
            output.WriteLine($"  run {run}: {took:F2} s ({100 * took / allowed:F1} %); 429s: {refused}; chats sent twice: {twice}; missed: {missed}");
        }

        output.WriteLine($"median of {runs} runs: {100 * Stats.Median(ratios):F1} % of the time 30/s allows (best {100 * ratios.Min():F1} %, worst {100 * ratios.Max():F1} %); target within 5 %");
    }

    private static async Task<(double Took, int Refused, int Twice, int Missed)> MeasureAsync(string binary, string connectionString, int replicas, int digests)
    {
        const long firstChat = 90_000;
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        var schema = "bench_" + Guid.NewGuid().ToString("N");
        await WebhookHarness.ExecuteAsync(connectionString, $"CREATE SCHEMA {schema};");
        var folder = Directory.CreateTempSubdirectory("krbot-digest-bench-").FullName;
        var bots = new List<(BotProcess Process, Uri Address)>();
        try
        {
            var yesterday = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
            var schemaConnection = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ToString();
            using (var database = new PostgresDatabase(schemaConnection, yesterday))
            using (var store = new SqlSubscriptionStore(database, yesterday))
            {
                await store.InitializeAsync(default);
                for (var i = 0; i < digests; i++) await store.UpsertAsync(firstChat + i, new TimeOnly(0, 0), "UTC", default);
            }

            // Telegram's limits on, as in production: the fan-out is paced by them.
            await WebhookHarness.StartReplicasAsync(binary, api, connectionString, schema, replicas, folder, bots, new Dictionary<string, string> { ["Telegram__Sender__RateLimitsEnabled"] = "true" });
            await bots[0].Process.WhileRunningAsync(api.WaitForSentMessagesAsync(digests, TimeSpan.FromMinutes(3)));
            await Task.Delay(2000); // anything sent twice would come now

            var sent = api.SentMessages.Where(m => m.ChatId >= firstChat && m.ChatId < firstChat + digests).ToList();
            var took = (sent.Max(m => m.At) - sent.Min(m => m.At)).TotalSeconds;
            var chats = sent.Select(m => m.ChatId).Distinct().Count();
            return (took, api.TooManyRequestsSent, sent.Count - chats, digests - chats);
        }
        finally
        {
            foreach (var (bot, _) in bots) await bot.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await WebhookHarness.ExecuteAsync(connectionString, $"DROP SCHEMA {schema} CASCADE;");
            Directory.Delete(folder, recursive: true);
        }
    }
}
