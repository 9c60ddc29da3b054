using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KrBot.Core.Knowledge;

/// <summary>
/// Reads the fact base folder: every *.yaml file whose name (or folder) starts with sources, entities, metrics
/// or facts, so curators can split facts into as many files as they like. Nothing is returned unless everything
/// validates: a half-loaded fact base could answer with a fact whose source it lost.
/// </summary>
public static class KnowledgeLoader
{
    private static readonly string[] Kinds = ["sources", "entities", "metrics", "facts"];

    public static KnowledgeLoadResult Load(string directory)
    {
        var problems = new List<KnowledgeProblem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new KnowledgeProblem(new SourceLocation(directory, 0), "the fact base folder does not exist"));
            return new KnowledgeLoadResult(null, problems);
        }

        var reader = new KnowledgeRecordReader(problems);
        var sources = new List<(Source, YamlRecord)>();
        var entities = new List<(Entity, YamlRecord)>();
        var metrics = new List<(Metric, YamlRecord)>();
        var facts = new List<Fact>();

        foreach (var file in YamlFiles(directory))
        {
            var display = Path.Combine(directory, Path.GetRelativePath(directory, file));
            var kind = KindOf(directory, file);
            if (kind is null)
            {
                problems.Add(new KnowledgeProblem(new SourceLocation(display, 1), "cannot tell what this file holds: start its name (or its folder's) with sources, entities, metrics or facts"));
                continue;
            }

            foreach (var record in Records(file, display, problems))
            {
                switch (kind)
                {
                    case "sources": sources.Add((reader.ReadSource(record), record)); break;
                    case "entities": entities.Add((reader.ReadEntity(record), record)); break;
                    case "metrics": metrics.Add((reader.ReadMetric(record), record)); break;
                    default: facts.Add(reader.ReadFact(record)); break;
                }

                record.ReportUnknownKeys();
            }
        }

        KnowledgeValidator.Validate(sources, entities, metrics, facts, problems);
        if (sources.Count == 0 && problems.Count == 0)
            problems.Add(new KnowledgeProblem(new SourceLocation(directory, 0), "no sources: add sources.yaml"));

        var factBase = problems.Count == 0
            ? new FactBase(sources.Select(s => s.Item1).ToList(), entities.Select(e => e.Item1).ToList(), metrics.Select(m => m.Item1).ToList(), facts)
            : null;
        return new KnowledgeLoadResult(factBase, problems.OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ToList());
    }

    private static IEnumerable<string> YamlFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static string? KindOf(string directory, string file)
    {
        var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
        var firstSegment = relative.Split('/')[0];
        return Kinds.FirstOrDefault(k => firstSegment.StartsWith(k, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<YamlRecord> Records(string file, string display, List<KnowledgeProblem> problems)
    {
        var stream = new YamlStream();
        try
        {
            using var text = File.OpenText(file);
            stream.Load(text);
        }
        catch (YamlException e)
        {
            problems.Add(new KnowledgeProblem(new SourceLocation(display, (int)e.Start.Line), $"not valid YAML: {e.InnerException?.Message ?? e.Message}"));
            yield break;
        }
        catch (IOException e)
        {
            problems.Add(new KnowledgeProblem(new SourceLocation(display, 0), $"cannot read the file: {e.Message}"));
            yield break;
        }

        if (stream.Documents.Count == 0) yield break;
        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" }) yield break;
        if (root is not YamlSequenceNode sequence)
        {
            problems.Add(new KnowledgeProblem(new SourceLocation(display, (int)root.Start.Line), "the file must be a list of entries, each starting with “- id:”"));
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping) yield return new YamlRecord(mapping, display, problems);
            else problems.Add(new KnowledgeProblem(new SourceLocation(display, (int)item.Start.Line), "each entry must be a set of fields (id: ..., name: ...)"));
        }
    }
}
