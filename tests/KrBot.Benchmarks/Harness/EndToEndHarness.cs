using System.Diagnostics;
using System.Globalization;
using KrBot.Core.Knowledge;

namespace KrBot.Benchmarks.Harness;

/// <summary>
/// The bot as people run it: the built KrBot binary in its own process, against the fake Bot API on loopback,
/// rate limits off. Measures cold start to the first getUpdates, the time to answer a burst of queued updates,
/// and the bot process's peak resident memory (VmHWM). Medians over several runs.
/// </summary>
internal static class EndToEndHarness
{
    // As built: the 8 MB first-generation cap in KrBot.runtimeconfig.json (src/KrBot/KrBot.csproj). Then, for
    // comparison, the runtime's default budget: the variable outranks the runtimeconfig, and 0 means "no cap".
    private static readonly (string Title, Dictionary<string, string> Environment)[] Variants =
    [
        ("As built (System.GC.Gen0MaxBudget=0x800000 in KrBot.runtimeconfig.json), as dotnet run and the image start it:", new()),
        ("With the runtime's default GC budget (DOTNET_GCGen0MaxBudget=0 overrides the runtimeconfig):", new() { ["DOTNET_GCGen0MaxBudget"] = "0" }),
    ];

    /// <param name="appFolder">A folder with KrBot.dll (e.g. a ReadyToRun publish, as in the Dockerfile); default: the Release build.</param>
    public static async Task RunAsync(int updates, int runs, string? appFolder, TextWriter output)
    {
        var binary = BotLaunch.KrBotBinary(appFolder);
        output.WriteLine($"Bot binary: {binary}");
        var load = Enumerable.Range(0, 21).Select(_ => TimeLoad()).ToList();
        output.WriteLine($"Fact base load in this process: first {load[0]:F1} ms, median of the next 20 {Stats.Median(load.Skip(1).ToList()):F2} ms");
        foreach (var (title, environment) in Variants)
        {
            output.WriteLine(title);
            await RunAsync(BotLaunch.KrBot(binary, environment), updates, runs, output);
        }
    }

    private static async Task RunAsync(BotLaunch bot, int updates, int runs, TextWriter output)
    {
        var loads = new List<double>();
        var timings = new List<BurstTiming>();
        for (var run = 0; run < runs; run++)
        {
            var load = double.NaN;
            var timing = await QueuedBurst.MeasureAsync(bot, updates, line => load = FactBaseLoadMs(line) ?? load);
            output.WriteLine($"  run {run + 1}: fact base load {load:F1} ms; cold start to first getUpdates {timing.ColdStartMs:F0} ms; {updates} updates answered in {timing.BurstMs:F0} ms ({updates / (timing.BurstMs / 1000):F0}/s); peak RSS {timing.PeakMb:F0} MB");
            loads.Add(load);
            timings.Add(timing);
        }

        var burst = Stats.Median(timings.Select(t => t.BurstMs).ToList());
        output.WriteLine($"Median over {runs} runs: fact base load at start {Stats.Median(loads):F1} ms; cold start {Stats.Median(timings.Select(t => t.ColdStartMs).ToList()):F0} ms; {updates} updates in {burst:F0} ms ({updates / (burst / 1000):F0} updates/s); peak RSS {Stats.Median(timings.Select(t => t.PeakMb).ToList()):F0} MB (max {timings.Max(t => t.PeakMb):F0} MB)");
    }

    // The bot's own log line: "... Fact base loaded ... in 26.8 ms".
    private static double? FactBaseLoadMs(string line) =>
        line.Contains("Fact base loaded", StringComparison.Ordinal)
            ? double.Parse(line[(line.LastIndexOf(" in ", StringComparison.Ordinal) + 4)..].Replace(" ms", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : null;

    private static double TimeLoad()
    {
        var watch = Stopwatch.StartNew();
        var result = KnowledgeLoader.Load(Path.Combine(Stats.RepositoryRoot(), "knowledge"));
        if (!result.Succeeded) throw new InvalidOperationException("the fact base does not load");
        return watch.Elapsed.TotalMilliseconds;
    }
}
