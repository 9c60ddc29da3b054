using System.Collections.Concurrent;

namespace KrBot.Core.Tests.Knowledge;

/// <summary>
/// Generated broken fact bases: the real files cut short at many positions, and an unclosed bracket inserted at
/// every position of entities.yaml (and at a sample of facts.yaml). None may throw; every problem must name one of
/// the files and a line in it; and wherever the damage certainly breaks the base, at least one problem must come.
/// Where it may not (a cut in a free-text value, a bracket inside a name or a quote), loading cleanly is fine; a
/// bracket in a comment must change nothing.
/// </summary>
public sealed class BrokenFactBaseTests
{
    private static readonly Dictionary<string, string[]> RequiredFields = new()
    {
        ["sources.yaml"] = ["id", "title", "publisher"],
        ["entities.yaml"] = ["id", "kind", "name"],
        ["metrics.yaml"] = ["id", "name", "kind"],
        ["facts.yaml"] = ["id", "entity", "metric", "as_of", "source", "quote"],
    };

    private static readonly Dictionary<string, string> Originals = RequiredFields.Keys.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(KnowledgeFolder.Bundled, f)));

    [Fact]
    public void Load_FileCutShort_NeverThrowsAndReportsWhereItMust()
    {
        var cases = new List<Damage>();
        foreach (var (file, text) in Originals)
        {
            var layout = new FactFileLayout(text);
            // Every line start and the character after it, every value start, and a stride through the rest.
            var positions = layout.Lines.SelectMany(l => new[] { l.Start, l.Start + 1, l.ValueStart ?? l.Start, (l.ValueStart ?? l.Start) + 1 })
                .Concat(Enumerable.Range(0, text.Length).Where(p => p % 7 == 0))
                .Where(p => p >= 0 && p < text.Length)
                .Distinct();
            foreach (var p in positions)
                cases.Add(new Damage(file, text[..p], layout.CutBreaksAnEntry(p, RequiredFields[file]) ? Expect.Problem : Expect.Anything, $"cut at {p}"));
        }

        AssertAll(cases, minimumBreaking: 1000);
    }

    [Fact]
    public void Load_UnclosedBracketAnywhere_NeverThrowsAndReportsWhereItMust()
    {
        var cases = new List<Damage>();
        foreach (var (file, bracket, stride) in new[] { ("entities.yaml", '[', 1), ("facts.yaml", '{', 13) })
        {
            var text = Originals[file];
            var layout = new FactFileLayout(text);
            for (var p = 0; p <= text.Length; p += stride)
                cases.Add(new Damage(file, text.Insert(p, bracket.ToString()), layout.BracketAt(p), $"“{bracket}” at {p}"));
        }

        AssertAll(cases, minimumBreaking: 1400);
    }

    private static void AssertAll(List<Damage> cases, int minimumBreaking)
    {
        Assert.True(cases.Count(c => c.Expect == Expect.Problem) >= minimumBreaking, "too few damages that must be reported: the generator has gone wrong");
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(
            cases,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new KnowledgeFolder(),
            (damage, _, kb) =>
            {
                kb.Write(damage.File, damage.Text);
                if (Check(kb, damage) is { } failure) failures.Add($"{damage.File}, {damage.Where}: {failure}");
                kb.Write(damage.File, Originals[damage.File]);
                return kb;
            },
            kb => kb.Dispose());

        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count} broken fact bases misbehaved, e.g.:\n{string.Join("\n", failures.Order().Take(10))}");
    }

    private static string? Check(KnowledgeFolder kb, Damage damage)
    {
        IReadOnlyList<string> problems;
        try
        {
            problems = kb.Problems();
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().Name}: {e.Message}";
        }

        foreach (var problem in problems)
        {
            var parts = problem.Split(':', 3);
            if (parts.Length < 3 || !Originals.ContainsKey(parts[0]) || !int.TryParse(parts[1], out var line))
                return $"a problem without a fact file and line: {problem}";
            var lines = (parts[0] == damage.File ? damage.Text : Originals[parts[0]]).Count(c => c == '\n') + 1;
            if (line < 1 || line > lines) return $"a line outside the file: {problem}";
        }

        return damage.Expect switch
        {
            Expect.Problem when problems.Count == 0 => "loaded without a problem",
            Expect.NoProblem when problems.Count > 0 => $"a harmless change was reported: {problems[0]}",
            _ => null,
        };
    }

    private sealed record Damage(string File, string Text, Expect Expect, string Where);
}
