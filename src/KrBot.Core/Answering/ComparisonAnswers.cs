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
            var entity = answer.Facts.Entity(entityId);
            if (comparison.FigureOf(entityId) is { } fact)
            {
                answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact));
            }
            else
            {
                answer.Add(ParagraphStyle.Item, new TextSpan($"{entity.Name}: I have no {metric.Name} figure."));
            }
        }

        if (figures.Count < 2)
        {
            answer.Text("So there is nothing to compare these by; ask about each one to see what I have.");
        }
        else
        {
            Ratio(answer, figures[0], figures[1]);
            Cautions(answer, comparison);
        }

        foreach (var entityId in entities) answer.Suggest(answer.Facts.Entity(entityId).Name, "/" + entityId);
    }

    /// <summary>"DingTalk’s figure is 5 times WeChat Work’s": computed, labelled, with both inputs named.</summary>
    private static void Ratio(AnswerBuilder answer, Fact a, Fact b)
    {
        if (a.Quantity is not { } qa || b.Quantity is not { } qb || qa.Absolute <= 0 || qb.Absolute <= 0 || qa.Currency != qb.Currency) return;
        var (big, small, bigFact, smallFact) = qa.Absolute >= qb.Absolute ? (qa, qb, a, b) : (qb, qa, b, a);
        var ratio = big.Absolute / small.Absolute;
        var text = ratio >= 10 ? Math.Round(ratio).ToString("#,0", CultureInfo.InvariantCulture) : Math.Round(ratio, 1).ToString("0.#", CultureInfo.InvariantCulture);
        var names = (Big: answer.Facts.Entity(bigFact.EntityId).Name, Small: answer.Facts.Entity(smallFact.EntityId).Name);
        answer.Add(
            new TextSpan($"Computed from the two cited figures ({big.Format()} ÷ {small.Format()}): {names.Big}’s figure is "),
            new ComputedSpan($"{text} times", [bigFact.Id, smallFact.Id]),
            new TextSpan($" {names.Small}’s."));
    }

    private void Cautions(AnswerBuilder answer, Comparison comparison)
    {
        var figures = comparison.Figures;
        if (comparison.CountsDifferentThings)
        {
            var names = figures.Select(f => $"{answer.Facts.Metric(f.MetricId).Name} ({answer.Facts.Entity(f.EntityId).Name})");
            answer.Text($"Careful: these count different things: {Words.List(names)}.", ParagraphStyle.Caution);
        }

        if (comparison.HasUndated)
            answer.Text("Careful: the source gives no date for at least one of these figures.", ParagraphStyle.Caution);
        else if (comparison.DifferentDates)
            answer.Text($"Careful: the figures are from different dates ({Words.List(figures.Select(FactPhrases.DateOf))}).", ParagraphStyle.Caution);

        if (comparison.HasForecast)
            answer.Text("Careful: at least one figure is a forecast, not a measurement.", ParagraphStyle.Caution);

        foreach (var figure in figures) DisputeNotes.Add(answer, figure, selector.Disagreeing(figure), withSubject: true);
    }

    private void CompareStatements(AnswerBuilder answer, List<string> entities, Metric metric)
    {
        foreach (var entityId in entities)
        {
            var entity = answer.Facts.Entity(entityId);
            var facts = selector.OfMetric(entityId, metric.Id).ToList();
            if (facts.Count == 0) answer.Add(ParagraphStyle.Item, new TextSpan($"{entity.Name}: nothing on {metric.Name}."));
            foreach (var fact in facts) answer.Add(ParagraphStyle.Item, [new TextSpan(entity.Name + ": "), .. FactPhrases.Sentence(answer, fact)]);
        }
    }

    private static void Usage(AnswerBuilder answer, List<string> entities)
    {
        answer.Add(new TextSpan("Name two things to compare, for example "), new CommandSpan("/compare dingtalk wechatwork"), new TextSpan("."));
        var others = entities.Count == 1
            ? answer.Facts.Entities.Where(e => e.Id != entities[0] && answer.Facts.FactsAbout(e.Id).Any(f => f.HasFigure))
            : answer.Facts.Entities.Take(0);
        foreach (var other in others) answer.Suggest($"{answer.Facts.Entity(entities[0]).Name} vs {other.Name}", $"/compare {entities[0]} {other.Id}");
    }
}
