using KrBot.Core.Knowledge;

namespace KrBot.Core.Answering;

/// <summary>
/// Chooses which facts answer "what is X's M?". Figures are taken from facts about X itself (WeChat's 1.2 billion
/// users, not WeChat Work's facts that merely mention WeChat); statements from any fact that concerns X.
/// Within a metric family, the order of metrics.yaml is the curators' order of preference.
/// </summary>
public sealed class FactSelector(FactBase facts)
{
    private readonly Dictionary<string, int> _metricOrder = facts.Metrics.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);

    /// <summary>The best figure for the metric, else for its family; latest date first, undated last.</summary>
    public Fact? PrimaryFigure(string entityId, string metricId)
    {
        var family = facts.Metric(metricId).Family;
        return facts.FactsAbout(entityId)
            .Where(f => f.HasFigure && facts.Metric(f.MetricId).Family == family)
            .OrderBy(f => f.MetricId == metricId ? 0 : 1)
            .ThenBy(f => _metricOrder[f.MetricId])
            .ThenByDescending(f => f.AsOf.End ?? DateOnly.MinValue)
            .FirstOrDefault();
    }

    /// <summary>
    /// Other facts of the same family about the entity: different measures a reader should not confuse. Figures
    /// for the primary's own measure and date are not among them: they agree with it, or they are <see cref="Disagreeing"/>.
    /// </summary>
    public IEnumerable<Fact> Related(string entityId, Fact primary)
    {
        var family = facts.Metric(primary.MetricId).Family;
        return facts.FactsAbout(entityId).Where(f => f.Id != primary.Id && facts.Metric(f.MetricId).Family == family && !SameMeasure(f, primary)).OrderBy(Order);
    }

    /// <summary>
    /// Figures for the same entity, metric and date that differ from this one: the validator lets them into the
    /// fact base only when one disputes the other, so they are sources that disagree.
    /// </summary>
    public IReadOnlyList<Fact> Disagreeing(Fact figure) =>
        facts.FactsAbout(figure.EntityId).Where(f => f.Id != figure.Id && f.HasFigure && SameMeasure(f, figure) && !SameFigure(f, figure)).ToList();

    /// <summary>Statements (and figures) of exactly this metric that concern the entity, newest first.</summary>
    public IEnumerable<Fact> OfMetric(string entityId, string metricId) =>
        facts.FactsConcerning(entityId).Where(f => f.MetricId == metricId).OrderBy(Order);

    /// <summary>Everything that concerns the entity, figures about it first, then statements newest first.</summary>
    public IEnumerable<Fact> All(string entityId) =>
        facts.FactsConcerning(entityId)
            .OrderBy(f => f.EntityId == entityId && f.HasFigure ? 0 : 1)
            .ThenBy(Order);

    /// <summary>Entities that have a figure (or, for statement metrics, any fact) of this metric's family.</summary>
    public IReadOnlyList<string> EntitiesWith(string metricId)
    {
        var metric = facts.Metric(metricId);
        return facts.Facts
            .Where(f => metric.Kind == MetricKind.Statement ? f.MetricId == metricId : f.HasFigure && facts.Metric(f.MetricId).Family == metric.Family)
            .Select(f => f.EntityId)
            .Distinct()
            .ToList();
    }

    private static bool SameMeasure(Fact a, Fact b) => a.MetricId == b.MetricId && a.AsOf == b.AsOf && a.Forecast == b.Forecast;

    private static bool SameFigure(Fact a, Fact b) =>
        a.Words == b.Words && a.Quantity?.Absolute == b.Quantity?.Absolute && a.Quantity?.Currency == b.Quantity?.Currency;

    // Metric order first, then newest first; undated facts (no End) sort after every dated one.
    private (int, int) Order(Fact f) => (_metricOrder[f.MetricId], -(f.AsOf.End?.DayNumber ?? -1));
}
