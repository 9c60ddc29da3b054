using KrBot.Core.Knowledge;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>
/// Which figures a comparison sets side by side, and whether they compare like for like. The text comparison and the
/// chart read the same decisions from here, so a chart never marks what the text does not warn about, or the reverse.
/// </summary>
/// <param name="EntityIds">The entities compared, in the order asked (at most <see cref="MaxEntities"/>).</param>
/// <param name="Metric">The measure asked for (<see cref="DefaultMetric"/> when none was named).</param>
/// <param name="Figures">Each entity's best figure of that measure's family, in entity order; entities without one are left out.</param>
public sealed record Comparison(IReadOnlyList<string> EntityIds, Metric Metric, IReadOnlyList<Fact> Figures)
{
    public const string DefaultMetric = "users";
    public const int MaxEntities = 3;

    /// <summary>The entities a comparison query sets side by side.</summary>
    public static IReadOnlyList<string> EntitiesOf(Query query) => query.EntityIds.Distinct().Take(MaxEntities).ToList();

    public static string MetricOf(Query query) => query.MetricId ?? DefaultMetric;

    /// <summary>The figures of a comparison query, chosen the way every answer chooses them.</summary>
    public static Comparison Of(FactBase facts, FactSelector selector, Query query)
    {
        var metric = facts.Metric(MetricOf(query));
        var entities = EntitiesOf(query);
        var figures = entities.Select(e => selector.PrimaryFigure(e, metric.Id)).OfType<Fact>().ToList();
        return new Comparison(entities, metric, figures);
    }

    public Fact? FigureOf(string entityId) => Figures.FirstOrDefault(f => f.EntityId == entityId);

    /// <summary>The figures count different things (registered accounts against people who held a meeting).</summary>
    public bool CountsDifferentThings => Figures.Select(f => f.MetricId).Distinct().Count() > 1;

    /// <summary>The source gives no date for at least one figure.</summary>
    public bool HasUndated => Figures.Any(f => !f.AsOf.IsDated);

    /// <summary>Every figure is dated, but not all at the same date.</summary>
    public bool DifferentDates => !HasUndated && Figures.Select(f => f.AsOf).Distinct().Count() > 1;

    public bool HasForecast => Figures.Any(f => f.Forecast);

    public bool LikeForLike => !CountsDifferentThings && !HasUndated && !DifferentDates && !HasForecast;

    /// <summary>
    /// The figure the others are held against: the first of the measure asked for, else the first. A chart marks
    /// every figure that does not compare with it like for like.
    /// </summary>
    public Fact? Reference => Figures.FirstOrDefault(f => f.MetricId == Metric.Id) ?? Figures.FirstOrDefault();

    /// <summary>
    /// Whether this figure cannot be read against <see cref="Reference"/> as like for like: another measure, another
    /// date, no date, or a forecast. Nothing differs when the whole comparison is like for like.
    /// </summary>
    public bool Differs(Fact figure) =>
        !LikeForLike && Reference is { } reference
        && (figure.MetricId != reference.MetricId || !figure.AsOf.IsDated || figure.AsOf != reference.AsOf || figure.Forecast);
}
