namespace KrBot.Core.Knowledge;

/// <summary>
/// Reads the fact base folder: every *.yaml file whose name (or folder) starts with sources, entities, metrics
/// or facts, so curators can split facts into as many files as they like. Nothing is returned unless everything
/// validates: a half-loaded fact base could answer with a fact whose source it lost. Never throws for what is
/// in the folder: every problem is a <see cref="KnowledgeProblem"/>, reported once.
/// </summary>
public static class KnowledgeLoader
{
    private static readonly string[] Kinds = ["sources", "entities", "metrics", "facts"];

    public static KnowledgeLoadResult Load(string directory)
    {
        var problems = new List<KnowledgeProblem>();
        var parts = new KnowledgeParts();
        foreach (var (file, display) in YamlFiles(directory, problems))
        {
            var kind = KindOf(directory, file);
            if (kind is null)
            {
                problems.Add(new KnowledgeProblem(new SourceLocation(display, 1), "cannot tell what this file holds: start its name (or its folder's) with sources, entities, metrics or facts"));
                continue;
            }

            parts.Present.Add(kind);
            var text = FactFileReader.Read(file, display, problems);
            var entries = text is null ? null : FactFileParser.Parse(text, display, problems);
            if (entries is null)
            {
                // What this file defines is unknown, so references into it cannot be checked.
                parts.Unread.Add(kind);
                continue;
            }

            foreach (var record in Records(entries, display, problems)) parts.Add(kind, record);
        }

        if (parts.Present.Count == 0)
        {
            if (problems.Count == 0) problems.Add(new KnowledgeProblem(new SourceLocation(directory, 0), "the folder holds no fact files: add sources.yaml, entities.yaml, metrics.yaml and facts.yaml"));
            return Failed(problems);
        }

        foreach (var kind in Kinds.Where(k => !parts.Present.Contains(k)))
            problems.Add(new KnowledgeProblem(new SourceLocation(directory, 0), $"no {kind}: add {kind}.yaml"));

        KnowledgeValidator.Validate(parts, problems);
        if (problems.Count > 0) return Failed(problems);
        return new KnowledgeLoadResult(new FactBase(parts.Sources.Select(s => s.Source).ToList(), parts.Entities.Select(e => e.Entity).ToList(), parts.Metrics.Select(m => m.Metric).ToList(), parts.Facts.Select(f => f.Fact).ToList()), []);
    }

    private static KnowledgeLoadResult Failed(List<KnowledgeProblem> problems) =>
        new(null, problems.Distinct().OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ToList());

    /// <summary>The fact files, sorted; hidden files (editors' locks and backups) are not fact files.</summary>
    private static List<(string File, string Display)> YamlFiles(string directory, List<KnowledgeProblem> problems)
    {
        if (!Directory.Exists(directory))
        {
            problems.Add(new KnowledgeProblem(new SourceLocation(directory, 0), "the fact base folder does not exist"));
            return [];
        }

        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, MaxRecursionDepth = 16 };
            return Directory.EnumerateFiles(directory, "*", options)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(f => (f, Path.Combine(directory, Path.GetRelativePath(directory, f))))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new KnowledgeProblem(new SourceLocation(directory, 0), $"cannot list the fact base folder: {e.Message}"));
            return [];
        }
    }

    private static string? KindOf(string directory, string file)
    {
        var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
        var firstSegment = relative.Split('/')[0];
        return Kinds.FirstOrDefault(k => firstSegment.StartsWith(k, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<YamlRecord> Records(FactList entries, string display, List<KnowledgeProblem> problems)
    {
        foreach (var item in entries.Items)
        {
            if (item is FactMap mapping) yield return new YamlRecord(mapping, display, problems);
            else problems.Add(new KnowledgeProblem(new SourceLocation(display, item.Line), "each entry must be a set of fields (id: ..., name: ...)"));
        }
    }
}
