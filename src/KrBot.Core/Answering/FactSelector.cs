using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KrBot.Core.Knowledge;

namespace KrBot.Core.Answering;

/// <summary>
/// Chooses which facts answer "what is X's M?". Figures are taken from facts about X itself (WeChat's 1.2 billion
/// users, not WeChat Work's facts that merely mention WeChat); statements from any fact that concerns X.
/// Within a metric family, the order of metrics.yaml is the curators' order of preference. The fact base never
/// changes while it is loaded, so each choice is worked out once and kept: an answer costs the same with 26 facts
/// or 100,000. Answers, charts and digests share one per fact base (<see cref="Of"/>), so each choice is worked out
/// once for all of them.
/// </summary>
public sealed class FactSelector(FactBase facts)
{
    private static readonly ConditionalWeakTable<FactBase, FactSelector> Shared = new();

    /// <summary>The selector of this fact base, shared by everything that answers from it.</summary>
    public static FactSelector Of(FactBase facts) => Shared.GetValue(facts, static f => new FactSelector(f));

    private readonly Dictionary<string, int> _metricOrder = facts.Metrics.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
    private readonly ConcurrentDictionary<(string Entity, string Metric), Fact[]> _familyFigures = new();
    private readonly ConcurrentDictionary<(string Entity, string Metric), Fact[]> _ofMetric = new();
    private readonly ConcurrentDictionary<string, Fact[]> _all = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _entitiesWith = new();

    /// <summary>The best figure for the metric, else for its family; latest date first, undated last.</summary>
    public Fact? PrimaryFigure(string entityId, string metricId) => PrimaryFigure(entityId, metricId, year: null);

    /// <summary>As <see cref="PrimaryFigure(string, string)"/>, the latest within <paramref name="year"/> when there is one.</summary>
    public Fact? PrimaryFigure(string entityId, string metricId, int? year)
    {
        var figures = FamilyFigures(entityId, metricId);
        if (year is { } wanted && figures.FirstOrDefault(f => f.MetricId == metricId && f.AsOf.Year == wanted) is { } inYear) return inYear;
        return figures.FirstOrDefault();
    }

    /// <summary>
    /// Other facts of the same family about the entity: different measures a reader should not confuse. Figures
    /// for the primary's own measure and date are not among them: they agree with it, or they are <see cref="Disagreeing"/>.
    /// </summary>
    public IEnumerable<Fact> Related(string entityId, Fact primary) =>
        FamilyFigures(entityId, primary.MetricId).Where(f => f.MetricId != primary.MetricId)
            .Concat(FactsAboutOfFamily(entityId, primary.MetricId).Where(f => !f.HasFigure))
            .OrderBy(Order);

    /// <summary>The same measure of the same entity at other dates, newest first: its history, not another measure.</summary>
    public IEnumerable<Fact> Earlier(Fact primary) =>
        FamilyFigures(primary.EntityId, primary.MetricId).Where(f => f.MetricId == primary.MetricId && f.Id != primary.Id && !SameMeasure(f, primary));

    /// <summary>
    /// Figures for the same entity, metric and date that differ from this one: the validator lets them into the
    /// fact base only when one disputes the other, so they are sources that disagree.
    /// </summary>
    public IReadOnlyList<Fact> Disagreeing(Fact figure) =>
        facts.FactsConcerning(figure.EntityId, figure.MetricId).Where(f => f.Id != figure.Id && f.EntityId == figure.EntityId && f.HasFigure && SameMeasure(f, figure) && !SameFigure(f, figure)).ToList();

    /// <summary>Statements (and figures) of exactly this metric that concern the entity, newest first.</summary>
    public IReadOnlyList<Fact> OfMetric(string entityId, string metricId) =>
        _ofMetric.GetOrAdd((entityId, metricId), key => facts.FactsConcerning(key.Entity, key.Metric).OrderBy(Order).ToArray());

    /// <summary>Everything that concerns the entity, figures about it first, then statements newest first.</summary>
    public IReadOnlyList<Fact> All(string entityId) =>
        _all.GetOrAdd(entityId, id => facts.FactsConcerning(id).OrderBy(f => f.EntityId == id && f.HasFigure ? 0 : 1).ThenBy(Order).ToArray());

    /// <summary>Entities that have a figure (or, for statement metrics, any fact) of this metric's family.</summary>
    public IReadOnlyList<string> EntitiesWith(string metricId) =>
        _entitiesWith.GetOrAdd(metricId, id =>
        {
            var metric = facts.Metric(id);
            return facts.Entities
                .Where(e => metric.Kind == MetricKind.Statement ? facts.FactsConcerning(e.Id, id).Count > 0 : FamilyFigures(e.Id, id).Length > 0)
                .Select(e => e.Id)
                .ToList();
        });

    /// <summary>The entity's figures of the metric's family, best first: the metric itself, then curators' order, newest first.</summary>
    private Fact[] FamilyFigures(string entityId, string metricId) =>
        _familyFigures.GetOrAdd((entityId, metricId), key =>
            FactsAboutOfFamily(key.Entity, key.Metric)
                .Where(f => f.HasFigure)
                .OrderBy(f => f.MetricId == key.Metric ? 0 : 1)
                .ThenBy(f => _metricOrder[f.MetricId])
                .ThenByDescending(f => f.AsOf.End ?? DateOnly.MinValue)
                .ToArray());

    private IEnumerable<Fact> FactsAboutOfFamily(string entityId, string metricId)
    {
        var family = facts.Metric(metricId).Family;
        return facts.Metrics.Where(m => m.Family == family).SelectMany(m => facts.FactsConcerning(entityId, m.Id)).Where(f => f.EntityId == entityId);
    }

    private static bool SameMeasure(Fact a, Fact b) => a.MetricId == b.MetricId && a.AsOf == b.AsOf && a.Forecast == b.Forecast;

    private static bool SameFigure(Fact a, Fact b) =>
        a.Words == b.Words && a.Quantity?.Absolute == b.Quantity?.Absolute && a.Quantity?.Currency == b.Quantity?.Currency;

    // Metric order first, then newest first; undated facts (no End) sort after every dated one.
    private (int, int) Order(Fact f) => (_metricOrder[f.MetricId], -(f.AsOf.End?.DayNumber ?? -1));
}
