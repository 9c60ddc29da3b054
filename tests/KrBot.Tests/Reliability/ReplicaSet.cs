using System.Net;
using KrBot.FakeBotApi;
using KrBot.Tests.Storage;
using Npgsql;

namespace KrBot.Tests.Reliability;

/// <summary>
/// Several real bot processes in webhook mode on one PostgreSQL schema, as behind a load balancer: each listens on its
/// own loopback port; <see cref="PostAsync"/> plays the proxy (a random replica, another one when that one does not
/// answer 200) and Telegram (the same update again until some replica takes it).
/// </summary>
internal sealed class ReplicaSet : IAsyncDisposable
{
    public const string Secret = "replica-test-secret";
    public const string WebhookPath = "/telegram/webhook";

    private readonly FakeBotApiServer _api;
    private readonly List<(BotProcess Process, Uri Address)> _replicas = [];
    private readonly string _folder = BotProcess.NewFolder();

    private ReplicaSet(FakeBotApiServer api, PostgresTestStore database)
    {
        _api = api;
        Database = database;
    }

    public PostgresTestStore Database { get; }

    public IReadOnlyList<BotProcess> Processes => _replicas.Select(r => r.Process).ToList();

    /// <summary>Where each replica listens, as a proxy would reach them.</summary>
    public IReadOnlyList<Uri> Addresses => _replicas.Select(r => r.Address).ToList();

    public static async Task<ReplicaSet> StartAsync(FakeBotApiServer api, PostgresTestStore database, int replicas, TimeSpan timeout)
    {
        var set = new ReplicaSet(api, database);
        for (var i = 0; i < replicas; i++)
        {
            var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
            var process = BotProcess.Start(api, set._folder, new Dictionary<string, string>
            {
                ["Telegram__Mode"] = "webhook",
                ["Telegram__Webhook__Url"] = "https://bot.example.test" + WebhookPath, // never contacted: the test posts
                ["Telegram__Webhook__SecretToken"] = Secret,
                ["Storage__Provider"] = "postgres",
                ["Storage__ConnectionString"] = database.ConnectionString + ";Maximum Pool Size=20", // 3 replicas within the server's 100
                ["Telegram__Sender__LeaseSeconds"] = "3",
                ["Urls"] = address.ToString(),
            });
            set._replicas.Add((process, address));
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var (process, address) in set._replicas)
        {
            await api.WaitUntilAsync(() => IsReady(http, address), timeout, $"replica {process.Id} to be ready: {process.Output}");
        }

        return set;
    }

    /// <summary>
    /// Delivers the update as Telegram behind a proxy would: to a random replica, and while the answer is not 200 (a
    /// killed replica, a 503), again to another, up to <paramref name="attempts"/> times. Returns the statuses seen.
    /// </summary>
    public async Task<List<int>> PostAsync(long updateId, string? secret = null, int attempts = 8)
    {
        var statuses = new List<int>();
        var failed = new HashSet<int>();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            // Another replica than those that just failed this update, as a proxy with health checks would pick;
            // drawing from all of them, one post in a few thousand met the killed one eight times running.
            var candidates = Enumerable.Range(0, _replicas.Count).Where(i => !failed.Contains(i)).ToList();
            if (candidates.Count == 0)
            {
                failed.Clear();
                candidates = Enumerable.Range(0, _replicas.Count).ToList();
            }

            var pick = candidates[Random.Shared.Next(candidates.Count)];
            var status = (await _api.PostUpdateAsync(updateId, new Uri(_replicas[pick].Address, WebhookPath), secret ?? Secret)).Single();
            statuses.Add(status);
            if (status is 200 or 401) break;
            failed.Add(pick);
            await Task.Delay(50);
        }

        return statuses;
    }

    /// <summary>The process holding the sender lease, by the process id in its holder name.</summary>
    public async Task<BotProcess> SenderAsync()
    {
        var holder = (string)(await Database.ScalarAsync("SELECT holder FROM leases WHERE name = 'sender';", default))!;
        var pid = int.Parse(holder.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);
        return Processes.Single(p => p.Id == pid);
    }

    /// <summary>For a failing wait: what was sent, and what each replica logged last.</summary>
    public string Describe(FakeBotApiServer api) =>
        $"{api.SentMessages.Count} sent, {api.TooManyRequestsSent} refused (429); "
        + string.Join("\n", _replicas.Select(r => $"replica {r.Process.Id}:\n" + string.Join("\n", r.Process.Output.Split("\n").Where(line => !line.Contains("DigestScheduler[101]", StringComparison.Ordinal)).TakeLast(25))));

    public async ValueTask DisposeAsync()
    {
        foreach (var (process, _) in _replicas) await process.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private static bool IsReady(HttpClient http, Uri address)
    {
        try
        {
            return http.GetAsync(new Uri(address, "/readyz")).GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
