using System.Diagnostics;
using KrBot.Charts;
using KrBot.Core.Answering;
using KrBot.Core.Charts;
using KrBot.Core.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KrBot.Benchmarks;

/// <summary>
/// What charting adds to the process's peak resident memory (VmHWM): the answering engine is loaded and warmed up
/// first, then every comparison of the bundled fact base that can be drawn is drawn in English and Chinese through
/// the picture cache, as the bot does. Also the time of each first drawing, cold (the first one loads the font and
/// ScottPlot) and warm.
/// </summary>
internal static class ChartMemoryHarness
{
    public static ChartSpec DingTalkVsWeChatWork(ChartLanguage language) =>
        new("users", ["dingtalk-users-2020-03-31", "wechatwork-user-accounts-2019"], language);

    public static async Task RunAsync(TextWriter output)
    {
        var facts = BenchmarkInputs.LoadFacts();
        var answerer = new Answerer(facts);
        foreach (var (question, _) in BenchmarkInputs.LoadQuestions()) answerer.Ask(question);
        GC.Collect();
        var before = PeakMegabytes();

        var options = Options.Create(new ChartOptions());
        var builder = new ChartBuilder(facts);
        var fonts = new ChartFonts(options, NullLogger<ChartFonts>.Instance);
        var images = new ChartImages(builder, new Lazy<ChartRenderer>(new ChartRenderer(fonts)), new Lazy<ChartFonts>(fonts), options, NullLogger<ChartImages>.Instance);
        var withFigures = facts.Entities.Where(e => facts.FactsAbout(e.Id).Any(f => f.Quantity is not null)).Select(e => e.Id).ToList();
        var specs = (from a in withFigures
                     from b in withFigures
                     where a != b
                     from language in new[] { ChartLanguage.English, ChartLanguage.Chinese }
                     select builder.Plan(new QuestionParser(facts).Parse($"/compare {a} {b}"), language)).OfType<ChartSpec>().ToList();

        var times = new List<double>();
        long bytes = 0;
        foreach (var spec in specs)
        {
            var watch = Stopwatch.StartNew();
            bytes += (await images.GetAsync(spec, CancellationToken.None))?.Length ?? 0;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var after = PeakMegabytes();
        output.WriteLine($"charts drawn: {specs.Count} ({bytes / 1024} KB of PNG, kept in the cache)");
        output.WriteLine($"first drawing (loads the font and ScottPlot): {times[0]:F0} ms; the others: median {Harness.Stats.Median(times.Skip(1).ToList()):F1} ms");
        output.WriteLine($"peak resident memory: {before:F1} MB before charting, {after:F1} MB after; added by charting: {after - before:F1} MB");
    }

    private static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
