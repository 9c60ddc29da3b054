using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using KrBot.Core.Understanding;

namespace KrBot.Core.Charts;

/// <summary>
/// A comparison as bars: the figures the text comparison states (<see cref="Comparison"/>), one bar per figure with a
/// number, marked where the text warns, with its date and source. A figure given only in words is a note, not a bar.
/// </summary>
public sealed class ChartBuilder(FactBase facts)
{
    private readonly FactSelector _selector = FactSelector.Of(facts);

    public FactBase Facts => facts;

    /// <summary>The chart of a comparison; null when the query is none, or fewer than two of its figures are numbers.</summary>
    public ChartSpec? Plan(Query query, ChartLanguage language)
    {
        if (query.Intent != Intent.Compare || Comparison.EntitiesOf(query).Count < 2) return null;
        if (facts.Metric(Comparison.MetricOf(query)).Kind == MetricKind.Statement) return null;
        var comparison = Comparison.Of(facts, _selector, query);
        if (comparison.Figures.Count(f => f.Quantity is not null) < 2) return null;
        return new ChartSpec(comparison.Metric.Id, comparison.Figures.Select(f => f.Id).ToList(), language);
    }

    /// <summary>The chart a spec describes; null when its facts are no longer in the fact base (it changed since).</summary>
    public Chart? Build(ChartSpec spec)
    {
        var metric = facts.Metrics.FirstOrDefault(m => m.Id == spec.MetricId);
        var found = spec.FactIds.Select(facts.FindFact).ToList();
        if (metric is null || found.Count == 0 || found.Any(f => f is null || !f.HasFigure)) return null;

        var figures = found.OfType<Fact>().ToList();
        var comparison = new Comparison(figures.Select(f => f.EntityId).ToList(), metric, figures);
        var words = ChartWording.For(spec.Language);
        var series = comparison.Figures.Select(f => f.MetricId).Distinct().ToList();
        var bars = new List<ChartBar>();
        var notes = new List<string>();
        foreach (var figure in comparison.Figures)
        {
            var entity = words.Entity(facts.Entity(figure.EntityId));
            var measure = words.Measure(facts.Metric(figure.MetricId));
            if (figure.Quantity is { } quantity)
            {
                var bar = new ChartBar(entity, measure, words.Figure(figure), words.Date(figure), (double)quantity.Absolute, series.IndexOf(figure.MetricId), comparison.Differs(figure), figure.Id);
                bars.Add(bar);
            }
            else
            {
                notes.Add(words.NotDrawn(entity, figure.Words!, measure));
            }
        }

        if (bars.Count == 0) return null;
        if (comparison.Figures.Any(f => f.YearFromContext && f.AsOf.IsDated)) notes.Add(words.InferredYearNote);
        notes.Add(words.SourceLine(comparison.Figures.Select(f => f.SourceId).Distinct().Select(facts.Source).ToList()));

        var currency = comparison.Figures.Select(f => f.Quantity?.Currency).FirstOrDefault(c => c is not null);
        var title = words.Title(comparison.EntityIds.Select(e => words.Entity(facts.Entity(e))).ToList(), words.Measure(metric));
        return new Chart(title, comparison.LikeForLike ? null : words.Caution(comparison), bars, notes, bars.Any(b => b.Marked) ? words.MarkLegend : null, spec.Language)
        {
            AxisLabel = value => words.Axis(value, currency),
        };
    }
}
