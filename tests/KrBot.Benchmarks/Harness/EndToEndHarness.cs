using System.Diagnostics;
using KrBot.Core.Knowledge;
using KrBot.FakeBotApi;

namespace KrBot.Benchmarks.Harness;

/// <summary>
/// The bot as people run it: the built KrBot binary in its own process, against the fake Bot API on loopback,
/// rate limits off. Measures cold start to the first getUpdates, the time to answer a burst of queued updates,
/// and the bot process's peak resident memory (VmHWM). Medians over several runs.
/// </summary>
internal static class EndToEndHarness
{
    /// <summary>The Dockerfile's DOTNET_GCgen0size; "" runs with the runtime's default for comparison.</summary>
    public const string DockerGen0Size = "0x800000";

    /// <param name="appFolder">A folder with KrBot.dll (e.g. a ReadyToRun publish, as in the Dockerfile); default: the Release build.</param>
    public static async Task RunAsync(int updates, int runs, string? appFolder, TextWriter output)
    {
        var binary = Path.Combine(appFolder ?? Path.Combine(Stats.RepositoryRoot(), "src", "KrBot", "bin", "Release", "net10.0"), "KrBot.dll");
        if (!File.Exists(binary)) throw new InvalidOperationException($"build it first: dotnet build -c Release src/KrBot ({binary} is missing)");
        output.WriteLine($"Bot binary: {binary}");
        var load = Enumerable.Range(0, 21).Select(_ => TimeLoad()).ToList();
        output.WriteLine($"Fact base load in this process: first {load[0]:F1} ms, median of the next 20 {Stats.Median(load.Skip(1).ToList()):F2} ms");
        foreach (var gen0Size in new[] { DockerGen0Size, "" })
        {
            output.WriteLine(gen0Size.Length == 0 ? "With the runtime's default GC budget:" : $"As deployed (DOTNET_GCgen0size={gen0Size}):");
            await RunAsync(binary, updates, runs, gen0Size, output);
        }
    }

    private static async Task RunAsync(string binary, int updates, int runs, string gen0Size, TextWriter output)
    {
        var loads = new List<double>();
        var starts = new List<double>();
        var bursts = new List<double>();
        var peaks = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (load, start, burst, peak) = await OneRunAsync(binary, updates, gen0Size);
            output.WriteLine($"  run {run + 1}: fact base load {load:F1} ms; cold start to first getUpdates {start:F0} ms; {updates} updates answered in {burst:F0} ms ({updates / (burst / 1000):F0}/s); peak RSS {peak:F0} MB");
            loads.Add(load);
            starts.Add(start);
            bursts.Add(burst);
            peaks.Add(peak);
        }

        output.WriteLine($"Median over {runs} runs: fact base load at start {Stats.Median(loads):F1} ms; cold start {Stats.Median(starts):F0} ms; {updates} updates in {Stats.Median(bursts):F0} ms ({updates / (Stats.Median(bursts) / 1000):F0} updates/s); peak RSS {Stats.Median(peaks):F0} MB (max {peaks.Max():F0} MB)");
    }

    private static double TimeLoad()
    {
        var watch = Stopwatch.StartNew();
        var result = KnowledgeLoader.Load(Path.Combine(Stats.RepositoryRoot(), "knowledge"));
        if (!result.Succeeded) throw new InvalidOperationException("the fact base does not load");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<(double LoadMs, double StartMs, double BurstMs, double PeakMb)> OneRunAsync(string binary, int updates, string gen0Size)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "krbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet", [binary])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Telegram__BotToken"] = api.Token,
                ["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
                ["Telegram__Sender__RateLimitsEnabled"] = "false",
                // Flood control is per user; the burst comes from many users, each under the limit.
                ["Knowledge__Path"] = Path.Combine(Stats.RepositoryRoot(), "knowledge"),
                ["Storage__DatabasePath"] = Path.Combine(folder, "krbot.db"),
                ["Logging__LogLevel__Default"] = "Warning",
                // The bot logs its own fact base load time at start; that line is read back below.
                ["Logging__LogLevel__KrBot.Hosting.FactBaseLoader"] = "Information",
            },
        };

        // As in the Dockerfile: a smaller first-generation budget than this machine's cache size would pick.
        if (gen0Size.Length > 0) start.Environment["DOTNET_GCgen0size"] = gen0Size;
        var watch = Stopwatch.StartNew();
        using var bot = Process.Start(start)!;
        var loadMs = double.NaN;
        bot.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.Contains("Fact base loaded", StringComparison.Ordinal))
                loadMs = double.Parse(line[(line.LastIndexOf(" in ", StringComparison.Ordinal) + 4)..].Replace(" ms", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        };
        bot.ErrorDataReceived += (_, _) => { };
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        try
        {
            await api.WaitForRequestAsync("getUpdates", TimeSpan.FromSeconds(30));
            var coldStart = watch.Elapsed.TotalMilliseconds;

            var questions = new[] { "How many users does DingTalk have?", "/compare dingtalk wechatwork", "钉钉有多少用户？", "Who makes Lark?", "/wechatwork", "DingTalk revenue?" };
            var burst = Stopwatch.StartNew();
            for (var i = 0; i < updates; i++) api.EnqueueMessage(10_000 + (i % 200), questions[i % questions.Length]);
            await api.WaitForSentMessagesAsync(updates, TimeSpan.FromSeconds(60));
            var burstMs = burst.Elapsed.TotalMilliseconds;

            return (loadMs, coldStart, burstMs, PeakResidentMegabytes(bot.Id));
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Linux's high-water mark of resident memory for the process (VmHWM in /proc/PID/status).</summary>
    private static double PeakResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
}
