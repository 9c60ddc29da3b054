namespace KrBot.Core.Knowledge;

/// <summary>
/// Everything read from the folder so far, each record beside the entry it came from, and which kinds of file
/// were present or could not be read, so the validator knows which references it can check.
/// </summary>
internal sealed class KnowledgeParts
{
    public List<(Source Source, YamlRecord Record)> Sources { get; } = [];
    public List<(Entity Entity, YamlRecord Record)> Entities { get; } = [];
    public List<(Metric Metric, YamlRecord Record)> Metrics { get; } = [];
    public List<(Fact Fact, YamlRecord Record)> Facts { get; } = [];

    /// <summary>Kinds (sources, entities, metrics, facts) with at least one file.</summary>
    public HashSet<string> Present { get; } = new(StringComparer.Ordinal);

    /// <summary>Kinds with a file that could not be read or parsed: the ids it defines are unknown.</summary>
    public HashSet<string> Unread { get; } = new(StringComparer.Ordinal);

    public void Add(string kind, YamlRecord record)
    {
        switch (kind)
        {
            case "sources": Sources.Add((KnowledgeRecordReader.ReadSource(record), record)); break;
            case "entities": Entities.Add((KnowledgeRecordReader.ReadEntity(record), record)); break;
            case "metrics": Metrics.Add((KnowledgeRecordReader.ReadMetric(record), record)); break;
            default: Facts.Add((KnowledgeRecordReader.ReadFact(record), record)); break;
        }

        record.Finish();
    }

    /// <summary>
    /// Whether every id of the kind is known: all its files were read and every entry has an id. If not, a
    /// reference to an unknown id is most likely to one of the lost entries, and reporting it would be noise.
    /// </summary>
    public bool AllIdsKnown(string kind) => !Unread.Contains(kind) && Present.Contains(kind) && kind switch
    {
        "sources" => Sources.All(s => s.Source.Id.Length > 0),
        "entities" => Entities.All(e => e.Entity.Id.Length > 0),
        "metrics" => Metrics.All(m => m.Metric.Id.Length > 0),
        _ => Facts.All(f => f.Fact.Id.Length > 0),
    };
}
