namespace KrBot.Core.Knowledge;

/// <summary>The loaded, validated fact base: immutable, shared by every question and digest.</summary>
public sealed class FactBase
{
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, Metric> _metrics;
    private readonly Dictionary<string, Fact> _facts;

    // Built once: answering looks facts up by entity (and entity and metric), never by scanning all of them, so a
    // fact base a thousand times larger answers about as fast.
    private readonly Dictionary<string, Fact[]> _about;
    private readonly Dictionary<string, Fact[]> _concerning;
    private readonly Dictionary<(string Entity, string Metric), Fact[]> _concerningByMetric;

    public FactBase(IReadOnlyList<Source> sources, IReadOnlyList<Entity> entities, IReadOnlyList<Metric> metrics, IReadOnlyList<Fact> facts)
    {
        Sources = sources;
        Entities = entities;
        Metrics = metrics;
        var superseded = facts.SelectMany(f => f.Supersedes).ToHashSet(StringComparer.Ordinal);
        Facts = facts.Where(f => !superseded.Contains(f.Id)).ToList();
        Superseded = facts.Where(f => superseded.Contains(f.Id)).ToList();
        _sources = sources.ToDictionary(s => s.Id);
        _entities = entities.ToDictionary(e => e.Id);
        _metrics = metrics.ToDictionary(m => m.Id);
        _facts = Facts.ToDictionary(f => f.Id);
        _about = Facts.GroupBy(f => f.EntityId).ToDictionary(g => g.Key, g => g.ToArray());
        var concerning = Facts
            .SelectMany(f => new[] { f.EntityId }.Concat(f.AlsoEntityIds).Append(f.ObjectEntityId).OfType<string>().Distinct().Select(e => (Entity: e, Fact: f)))
            .ToList();
        _concerning = concerning.GroupBy(x => x.Entity).ToDictionary(g => g.Key, g => g.Select(x => x.Fact).ToArray());
        _concerningByMetric = concerning.GroupBy(x => (x.Entity, x.Fact.MetricId)).ToDictionary(g => g.Key, g => g.Select(x => x.Fact).ToArray());
    }

    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Metric> Metrics { get; }
    /// <summary>The facts the bot may state: every fact no other one supersedes.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>Facts a later one corrects: kept in the files for the record, never stated.</summary>
    public IReadOnlyList<Fact> Superseded { get; }

    public Source Source(string id) => _sources[id];
    public Entity Entity(string id) => _entities[id];
    public Metric Metric(string id) => _metrics[id];
    public Fact? FindFact(string id) => _facts.GetValueOrDefault(id);
    public Entity? FindEntity(string id) => _entities.GetValueOrDefault(id);

    /// <summary>Facts whose subject is the entity (not those that merely mention it), in file order.</summary>
    public IReadOnlyList<Fact> FactsAbout(string entityId) => _about.GetValueOrDefault(entityId) ?? [];

    /// <summary>Facts that concern the entity in any role: subject, owner named, or also-mentioned; in file order.</summary>
    public IReadOnlyList<Fact> FactsConcerning(string entityId) => _concerning.GetValueOrDefault(entityId) ?? [];

    /// <summary>Facts of one metric that concern the entity, in file order.</summary>
    public IReadOnlyList<Fact> FactsConcerning(string entityId, string metricId) => _concerningByMetric.GetValueOrDefault((entityId, metricId)) ?? [];
}
