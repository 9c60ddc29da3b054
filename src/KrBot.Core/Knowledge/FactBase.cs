namespace KrBot.Core.Knowledge;

/// <summary>The loaded, validated fact base: immutable, shared by every question and digest.</summary>
public sealed class FactBase
{
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, Metric> _metrics;
    private readonly Dictionary<string, Fact> _facts;

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

    /// <summary>Facts whose subject is the entity (not those that merely mention it).</summary>
    public IEnumerable<Fact> FactsAbout(string entityId) => Facts.Where(f => f.EntityId == entityId);

    /// <summary>Facts that concern the entity in any role: subject, owner named, or also-mentioned.</summary>
    public IEnumerable<Fact> FactsConcerning(string entityId) => Facts.Where(f => f.Concerns(entityId));
}
