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
    private static readonly (string Label, string Title, Dictionary<string, string> Environment)[] Variants =
    [
        ("as built", "As built (System.GC.Gen0MaxBudget=0x800000 in KrBot.runtimeconfig.json), as dotnet run and the image start it:", new()),
        ("default GC", "With the runtime's default GC budget (DOTNET_GCGen0MaxBudget=0 overrides the runtimeconfig):", new() { ["DOTNET_GCGen0MaxBudget"] = "0" }),
    ];

    /// <param name="appFolder">A folder with KrBot.dll (e.g. a ReadyToRun publish, as in the Dockerfile); default: the Release build.</param>
    public static async Task RunAsync(int updates, int runs, string? appFolder, TextWriter output)
    {
        var binary = BotLaunch.KrBotBinary(appFolder);
        output.WriteLine($"Bot binary: {binary}");
        var load = Enumerable.Range(0, 21).Select(_ => TimeLoad()).ToList();
        output.WriteLine($"Fact base load in this process: first {load[0]:F1} ms, median of the next 20 {Stats.Median(load.Skip(1).ToList()):F2} ms");

        // The variants take turns within each run, in a rotating order, so that the machine's noise falls on both.
        var loads = Variants.Select(_ => new List<double>()).ToArray();
        var timings = Variants.Select(_ => new List<BurstTiming>()).ToArray();
        for (var run = 0; run < runs; run++)
        {
            for (var turn = 0; turn < Variants.Length; turn++)
            {
                var v = (run + turn) % Variants.Length;
                var loadMs = double.NaN;
                var timing = await QueuedBurst.MeasureAsync(BotLaunch.KrBot(binary, Variants[v].Environment), updates, line => loadMs = FactBaseLoadMs(line) ?? loadMs);
                output.WriteLine($"  run {run + 1}, {Variants[v].Label}: fact base load {loadMs:F1} ms; cold start to first getUpdates {timing.ColdStartMs:F0} ms; {updates} updates answered in {timing.BurstMs:F0} ms ({updates / (timing.BurstMs / 1000):F0}/s); peak RSS {timing.PeakMb:F0} MB");
                loads[v].Add(loadMs);
                timings[v].Add(timing);
            }
        }

        for (var v = 0; v < Variants.Length; v++)
        {
            output.WriteLine(Variants[v].Title);
            var burst = Stats.Median(timings[v].Select(t => t.BurstMs).ToList());
            output.WriteLine($"Median over {runs} runs: fact base load at start {Stats.Median(loads[v]):F1} ms; cold start {Stats.Median(timings[v].Select(t => t.ColdStartMs).ToList()):F0} ms; {updates} updates in {burst:F0} ms ({updates / (burst / 1000):F0} updates/s); peak RSS {Stats.Median(timings[v].Select(t => t.PeakMb).ToList()):F0} MB (max {timings[v].Max(t => t.PeakMb):F0} MB)");
        }
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
