using KrBot.Core.Knowledge;

namespace KrBot.Benchmarks;

/// <summary>The bundled fact base and the labelled evaluation questions, copied beside the benchmark binary.</summary>
internal static class BenchmarkInputs
{
    public static FactBase LoadFacts()
    {
        var result = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        return result.FactBase ?? throw new InvalidOperationException(string.Join("\n", result.Problems));
    }

    /// <summary>(question, expected entity ids) from the evaluation set: the realistic mix of questions.</summary>
    public static IReadOnlyList<(string Question, string[] Entities)> LoadQuestions() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "questions.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], c[2] == "-" ? Array.Empty<string>() : c[2].Split(',')))
            .ToList();
}
