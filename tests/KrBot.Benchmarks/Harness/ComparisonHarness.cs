namespace KrBot.Benchmarks.Harness;

/// <summary>
/// Issue 7's comparison, in one run: KrBot (started plainly, `dotnet KrBot.dll`, rate limits off), the bare
/// Telegram.Bot loop and a grammY bot each answer the same burst the same way (<see cref="QueuedBurst"/>), each
/// against a fresh fake Bot API. The three take turns within every run, in a rotating order, so that the machine's
/// noise falls on all of them alike. Targets: KrBot within 1.2 times the bare loop, faster than grammY, and under
/// 100 MB of peak resident memory.
/// </summary>
internal static class ComparisonHarness
{
    private const double BareRatioTarget = 1.2;
    private const double PeakTargetMb = 100;

    public static async Task RunAsync(int updates, int runs, string? appFolder, TextWriter output)
    {
        BotLaunch krBot = BotLaunch.KrBot(BotLaunch.KrBotBinary(appFolder)), bare = BotLaunch.BareTelegramBot(), grammY = BotLaunch.GrammY();
        BotLaunch[] bots = [krBot, bare, grammY];
        var timings = bots.ToDictionary(bot => bot, _ => new List<BurstTiming>());
        output.WriteLine($"{updates} updates from {QueuedBurst.Chats} chats, {runs} runs; {string.Join(", ", bots.Select(b => b.Name))} in turn");
        for (var run = 0; run < runs; run++)
        {
            var line = new List<string>();
            for (var turn = 0; turn < bots.Length; turn++)
            {
                var bot = bots[(run + turn) % bots.Length];
                var timing = await QueuedBurst.MeasureAsync(bot, updates);
                timings[bot].Add(timing);
                line.Add($"{bot.Name} {timing.BurstMs:F0} ms, {timing.PeakMb:F0} MB");
            }

            output.WriteLine($"  run {run + 1}: {string.Join("; ", line)}");
        }

        output.WriteLine($"Median over {runs} runs:");
        foreach (var bot in bots)
        {
            var list = timings[bot];
            var burst = Median(list, t => t.BurstMs);
            output.WriteLine($"  {bot.Name,-18} {burst,6:F0} ms ({updates / (burst / 1000),5:F0} updates/s); cold start {Median(list, t => t.ColdStartMs):F0} ms; peak RSS {Median(list, t => t.PeakMb):F0} MB (max {list.Max(t => t.PeakMb):F0} MB)");
        }

        Ratio(output, krBot, bare, timings, $"at most {BareRatioTarget}", ratio => ratio <= BareRatioTarget);
        Ratio(output, krBot, grammY, timings, "below 1", ratio => ratio < 1);
        var peak = timings[krBot].Max(t => t.PeakMb);
        output.WriteLine($"KrBot peak RSS, highest of {runs} runs: {peak:F0} MB; target under {PeakTargetMb} MB: {Verdict(peak < PeakTargetMb)}");
    }

    // Both the ratio of the medians and the median of the per-run ratios: turns within a run share the machine's mood.
    private static void Ratio(TextWriter output, BotLaunch bot, BotLaunch reference, Dictionary<BotLaunch, List<BurstTiming>> timings, string target, Func<double, bool> met)
    {
        var ofMedians = Median(timings[bot], t => t.BurstMs) / Median(timings[reference], t => t.BurstMs);
        var perRun = Stats.Median(timings[bot].Zip(timings[reference], (a, b) => a.BurstMs / b.BurstMs).ToList());
        output.WriteLine($"{bot.Name} / {reference.Name}: {ofMedians:F2} (ratio of medians), {perRun:F2} (median of per-run ratios); target {target}: {Verdict(met(ofMedians) && met(perRun))}");
    }

    private static double Median(List<BurstTiming> timings, Func<BurstTiming, double> value) => Stats.Median(timings.Select(value).ToList());

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
