using KrBot.Core.Knowledge;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>Answers about one entity: an overview, one measure, when, and who is behind it.</summary>
internal sealed class FactAnswers(FactSelector selector, GuidanceAnswers guidance)
{
    private const int MaxOverviewItems = 8;
    private const int MaxPerList = 3;

    public void Overview(AnswerBuilder answer, string entityId)
    {
        var entity = answer.Facts.Entity(entityId);
        answer.Text(entity.Name, ParagraphStyle.Heading);
        var facts = selector.All(entityId).ToList();
        if (facts.Count == 0)
        {
            answer.Text($"I know the name {entity.Name}, but the fact base has no facts on it yet.");
            return;
        }

        foreach (var fact in facts.Take(MaxOverviewItems))
            answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: fact.EntityId != entityId));
        if (facts.Count > MaxOverviewItems)
            answer.Text($"…and {Words.Count(facts.Count - MaxOverviewItems)} more; ask about one measure to see them.");
        guidance.SuggestFollowUps(answer, entityId);
    }

    public void Metric(AnswerBuilder answer, Query query)
    {
        var metric = answer.Facts.Metric(query.MetricId!);
        if (ResolveEntity(answer, query, metric) is not { } entityId) return;
        var entity = answer.Facts.Entity(entityId);

        if (metric.Kind == MetricKind.Statement)
        {
            // "What is Tencent?" is answered by what Tencent is, not by a fact that merely mentions it (its strategy officer).
            var isDescription = metric.Id == "description";
            var statements = selector.OfMetric(entityId, metric.Id).Where(f => !isDescription || f.EntityId == entityId).ToList();
            if (statements.Count == 0 && isDescription) guidance.NoDescription(answer, entity);
            else if (statements.Count == 0) guidance.NothingOn(answer, entity, metric);
            foreach (var fact in statements) answer.Add(FactPhrases.Sentence(answer, fact));
            if (isDescription && statements.Count > 0) guidance.AlsoSays(answer, entity, statements);
            guidance.SuggestFollowUps(answer, entityId);
            return;
        }

        var primary = selector.PrimaryFigure(entityId, metric.Id, query.Year);
        if (primary is null)
        {
            guidance.NothingOn(answer, entity, metric);
            return;
        }

        if (query.Year is { } year && primary.AsOf.Year != year)
            answer.Text(primary.AsOf.IsDated
                ? $"I have no {metric.Name} figure for {entity.Name} in {year}; the one I have is from {FactPhrases.DateOf(primary)}:"
                : $"I have no {metric.Name} figure for {entity.Name} in {year}; the one I have is undated:");
        else if (primary.MetricId != metric.Id)
            answer.Text($"I have no {metric.Name} figure for {entity.Name}; the closest measure I have is {answer.Facts.Metric(primary.MetricId).Name}:");

        answer.Add(FactPhrases.Sentence(answer, primary));
        if (primary.Forecast) answer.Text("This is a forecast, not a measured figure.", ParagraphStyle.Caution);
        if (primary.Note is { } note) answer.Text(note);
        DisputeNotes.Add(answer, primary, selector.Disagreeing(primary), withSubject: false);

        // However many figures the fact base holds, the answer stays short: the latest of each measure, and a count.
        var earlier = selector.Earlier(primary).ToList();
        if (earlier.Count > 0)
        {
            answer.Text("Earlier figures of the same measure:");
            foreach (var fact in earlier.Take(MaxPerList)) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: false));
            if (earlier.Count > MaxPerList)
                answer.Text($"…and {Words.Count(earlier.Count - MaxPerList)} more; ask for a year to see one (“{entity.Name} {metric.Aliases.FirstOrDefault() ?? metric.Name} in {earlier[^1].AsOf.Year}”).");
        }

        var related = selector.Related(entityId, primary).ToList();
        if (related.Count > 0)
        {
            var latestPerMeasure = related.GroupBy(f => f.MetricId).Select(g => g.First()).ToList();
            answer.Text("Related, but measuring something different (do not add or compare them with the figure above):", ParagraphStyle.Caution);
            foreach (var fact in latestPerMeasure.Take(MaxPerList)) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: false));
            if (related.Count > Math.Min(MaxPerList, latestPerMeasure.Count))
                answer.Text($"…and {Words.Count(related.Count - Math.Min(MaxPerList, latestPerMeasure.Count))} more on other measures; /{entityId} lists them.");
        }

        guidance.SuggestFollowUps(answer, entityId);
    }

    public void When(AnswerBuilder answer, Query query)
    {
        var metric = query.MetricId is { } id ? answer.Facts.Metric(id) : null;
        if (query.EntityIds.Count == 0 && metric is null)
        {
            guidance.OutOfScope(answer, query);
            return;
        }

        if (ResolveEntity(answer, query, metric) is not { } entityId) return;
        var entity = answer.Facts.Entity(entityId);
        var facts = (metric is null ? selector.All(entityId) : selector.OfMetric(entityId, metric.Id)).ToList();
        var dated = facts.Where(f => f.AsOf.IsDated).ToList();
        if (dated.Count == 0)
        {
            answer.Text(facts.Count == 0
                ? $"I have no dated facts on that for {entity.Name}."
                : $"The source gives no date for that. What it says about {entity.Name}:");
        }

        foreach (var fact in (dated.Count > 0 ? dated : facts).Take(MaxOverviewItems))
            answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact));
        guidance.SuggestFollowUps(answer, entityId);
    }

    public void Who(AnswerBuilder answer, string entityId)
    {
        var entity = answer.Facts.Entity(entityId);
        var owners = selector.OfMetric(entityId, "owner").Where(f => f.EntityId == entityId).ToList();
        var owned = answer.Facts.FactsConcerning(entityId, "owner").Where(f => f.ObjectEntityId == entityId).ToList();
        if (owners.Count == 0 && owned.Count == 0)
            answer.Text($"The source does not say who makes or owns {entity.Name}.");
        if (owned.Count > 0) answer.Text($"What the source ties to {entity.Name}:");
        foreach (var fact in owners.Concat(owned)) answer.Add(owned.Contains(fact) ? ParagraphStyle.Item : ParagraphStyle.Normal, FactPhrases.Sentence(answer, fact));
        guidance.SuggestFollowUps(answer, entityId);
    }

    /// <summary>
    /// A measure without a name ("what's the market size?"): answer for the one entity that has it, or ask which.
    /// </summary>
    private string? ResolveEntity(AnswerBuilder answer, Query query, Metric? metric)
    {
        if (query.EntityIds.Count > 0) return query.EntityIds[0];
        var candidates = selector.EntitiesWith(metric!.Id);
        if (candidates.Count == 1) return candidates[0];
        guidance.WhichEntity(answer, metric, candidates);
        return null;
    }
}
