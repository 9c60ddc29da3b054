using System.Diagnostics;
using System.Globalization;
using System.Text;
using KrBot.Core.Answering;
using KrBot.Core.Knowledge;

namespace KrBot.Benchmarks.Harness;

/// <summary>
/// Fact base growth (issue 9): the bundled fact base plus N generated DingTalk user figures, each at its own date
/// and each passing validation (its figure is in its quote). Measures loading and validation (time, memory) and the
/// median time to answer the evaluation mix, against the bundled fact base in the same run, and how long the
/// answer to the question that touches all N facts is.
/// </summary>
internal static class ScaleHarness
{
    private const int FactsPerFile = 10_000;
    private static readonly DateOnly FirstDay = new(1901, 1, 1);

    // keepIn names a folder to leave the generated fact base in, so `KrBot validate` can be measured on it
    // in its own process; without it the folder is temporary.
    public static void Run(int generated, string? keepIn, TextWriter output)
    {
        var bundled = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var folder = keepIn is null
            ? Path.Combine(Path.GetTempPath(), "krbot-scale", Guid.NewGuid().ToString("N"))
            : Path.GetFullPath(keepIn);
        try
        {
            Generate(bundled, folder, generated);
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            var result = KnowledgeLoader.Load(folder);
            var loadMs = watch.Elapsed.TotalMilliseconds;
            var facts = result.FactBase ?? throw new InvalidOperationException(string.Join("\n", result.Problems.Take(5)));
            var heldMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
            var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
            output.WriteLine($"{facts.Facts.Count} facts: loaded and validated in {loadMs:F0} ms; the fact base holds {heldMb:F0} MB; process peak working set {peakMb:F0} MB");

            var small = MedianMicroseconds(BenchmarkInputs.LoadFacts());
            var large = MedianMicroseconds(facts);
            output.WriteLine($"answering, median per question on the evaluation mix: bundled {small:F1} µs, with {generated} more facts {large:F1} µs ({large / small:F2}x)");

            var answer = new Answerer(facts).Ask("How many users does DingTalk have?").ToPlainText();
            output.WriteLine($"\"How many users does DingTalk have?\" with {generated + 1} DingTalk user figures: {answer.Length} characters, {answer.Split('\n').Length} lines");
        }
        finally
        {
            if (keepIn is null)
                Directory.Delete(folder, recursive: true);
            else
                output.WriteLine($"the generated fact base is kept in {folder}");
        }
    }

    private static double MedianMicroseconds(FactBase facts)
    {
        var answerer = new Answerer(facts);
        var questions = BenchmarkInputs.LoadQuestions().Select(q => q.Question).ToList();
        foreach (var question in questions) answerer.Ask(question); // warm-up
        var times = new List<double>();
        for (var round = 0; round < 15; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                answerer.Ask(question);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        return Stats.Median(times);
    }

    private static void Generate(string bundled, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(bundled, "*.yaml")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        File.AppendAllText(Path.Combine(folder, "sources.yaml"), "\n- id: generated\n  title: Generated figures for the growth benchmark\n  publisher: KrBot benchmarks\n");
        // A fact file may hold at most 4 MiB (the loader's guard): 10,000 of these facts make about 1.9 MB.
        for (var first = 0; first < count; first += FactsPerFile)
        {
            var facts = new StringBuilder();
            for (var i = first; i < Math.Min(count, first + FactsPerFile); i++)
            {
                // 2020 is left out: the bundled DingTalk figure is from then, and figures of one date must agree.
                var date = FirstDay.AddDays(i);
                var day = (date.Year >= 2020 ? date.AddDays(366) : date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var value = 100 + (i % 900);
                facts.Append(CultureInfo.InvariantCulture, $"- id: generated-{i}\n  entity: dingtalk\n  metric: users\n  value: {value}\n  scale: million\n  as_of: {day}\n  source: generated\n  quote: \"DingTalk had {value} million users on {day}.\"\n\n");
            }

            File.WriteAllText(Path.Combine(folder, $"facts-generated-{first / FactsPerFile:D3}.yaml"), facts.ToString());
        }
    }
}
