using System.Globalization;
using KrBot.Core.Knowledge;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>
/// Side-by-side figures with their dates and sources, a ratio computed from them and labelled as computed, and a
/// plain warning when the figures measure different things or come from different dates.
/// </summary>
internal sealed class ComparisonAnswers(FactSelector selector)
{
    public void Compare(AnswerBuilder answer, Query query)
    {
        var entities = Comparison.EntitiesOf(query).ToList();
        if (entities.Count < 2)
        {
            Usage(answer, entities);
            return;
        }

        var metric = answer.Facts.Metric(Comparison.MetricOf(query));
        if (metric.Kind == MetricKind.Statement)
        {
            CompareStatements(answer, entities, metric);
            return;
        }

        var comparison = Comparison.Of(answer.Facts, selector, query);
        var figures = comparison.Figures;
        foreach (var entityId in entities)
        {
            if (comparison.FigureOf(entityId) is { } fact)
            {
                answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact));
            }
            else
            {
                answer.Add(ParagraphStyle.Item, new TextSpan(answer.Language.NoFigureFor(Name(answer, entityId), answer.Language.MetricName(metric))));
            }
        }

        if (figures.Count < 2)
        {
            answer.Text(answer.Language.NothingToCompare);
        }
        else
        {
            Ratio(answer, figures[0], figures[1]);
            Cautions(answer, comparison);
        }

        foreach (var entityId in entities) answer.Suggest(Name(answer, entityId), "/" + entityId);
    }

    /// <summary>"DingTalk’s figure is 5 times WeChat Work’s": computed, labelled, with both inputs named.</summary>
    private static void Ratio(AnswerBuilder answer, Fact a, Fact b)
    {
        if (a.Quantity is not { } qa || b.Quantity is not { } qb || qa.Absolute <= 0 || qb.Absolute <= 0 || qa.Currency != qb.Currency) return;
        var (big, small, bigFact, smallFact) = qa.Absolute >= qb.Absolute ? (qa, qb, a, b) : (qb, qa, b, a);
        var ratio = big.Absolute / small.Absolute;
        var text = ratio >= 10 ? Math.Round(ratio).ToString("#,0", CultureInfo.InvariantCulture) : Math.Round(ratio, 1).ToString("0.#", CultureInfo.InvariantCulture);
        var words = answer.Language;
        answer.Add(words.Ratio(
            words.Figure(big),
            words.Figure(small),
            Name(answer, bigFact.EntityId),
            Name(answer, smallFact.EntityId),
            new ComputedSpan(words.Times(text), [bigFact.Id, smallFact.Id])));
    }

    private void Cautions(AnswerBuilder answer, Comparison comparison)
    {
        var figures = comparison.Figures;
        var words = answer.Language;
        if (comparison.CountsDifferentThings)
            answer.Text(words.DifferentThings(figures.Select(f => (words.MetricName(answer.Facts.Metric(f.MetricId)), Name(answer, f.EntityId)))), ParagraphStyle.Caution);

        if (comparison.HasUndated)
            answer.Text(words.UndatedCaution, ParagraphStyle.Caution);
        else if (comparison.DifferentDates)
            answer.Text(words.DifferentDates(figures.Select(f => FactPhrases.DateOf(words, f))), ParagraphStyle.Caution);

        if (comparison.HasForecast)
            answer.Text(words.ForecastInComparison, ParagraphStyle.Caution);

        foreach (var figure in figures) DisputeNotes.Add(answer, figure, selector.Disagreeing(figure), withSubject: true);
    }

    private void CompareStatements(AnswerBuilder answer, List<string> entities, Metric metric)
    {
        foreach (var entityId in entities)
        {
            var name = Name(answer, entityId);
            var facts = selector.OfMetric(entityId, metric.Id).ToList();
            if (facts.Count == 0) answer.Add(ParagraphStyle.Item, new TextSpan(answer.Language.NothingOnMetric(name, answer.Language.MetricName(metric))));
            foreach (var fact in facts) answer.Add(ParagraphStyle.Item, [new TextSpan(answer.Language.Subject(name)), .. FactPhrases.Sentence(answer, fact)]);
        }
    }

    private static void Usage(AnswerBuilder answer, List<string> entities)
    {
        answer.Add(answer.Language.CompareUsage());
        var others = entities.Count == 1
            ? answer.Facts.Entities.Where(e => e.Id != entities[0] && answer.Facts.FactsAbout(e.Id).Any(f => f.HasFigure))
            : answer.Facts.Entities.Take(0);
        foreach (var other in others) answer.Suggest(answer.Language.Versus(Name(answer, entities[0]), answer.Language.Name(other)), $"/compare {entities[0]} {other.Id}");
    }

    private static string Name(AnswerBuilder answer, string entityId) => answer.Language.Name(answer.Facts.Entity(entityId));
}
