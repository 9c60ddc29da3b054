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
        var words = answer.Language;
        var name = words.Name(answer.Facts.Entity(entityId));
        answer.Text(name, ParagraphStyle.Heading);
        var facts = selector.All(entityId).ToList();
        if (facts.Count == 0)
        {
            answer.Text(words.NoFactsYet(name));
            return;
        }

        foreach (var fact in facts.Take(MaxOverviewItems))
            answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: fact.EntityId != entityId));
        if (facts.Count > MaxOverviewItems)
            answer.Text(words.MoreItems(facts.Count - MaxOverviewItems));
        guidance.SuggestFollowUps(answer, entityId);
    }

    public void Metric(AnswerBuilder answer, Query query)
    {
        var metric = answer.Facts.Metric(query.MetricId!);
        if (ResolveEntity(answer, query, metric) is not { } entityId) return;
        var entity = answer.Facts.Entity(entityId);
        var words = answer.Language;
        var (name, metricName) = (words.Name(entity), words.MetricName(metric));

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
            answer.Text(words.NoFigureInYear(metricName, name, year, primary.AsOf.IsDated ? FactPhrases.DateOf(words, primary) : null));
        else if (primary.MetricId != metric.Id)
            answer.Text(words.ClosestMeasure(metricName, name, words.MetricName(answer.Facts.Metric(primary.MetricId))));

        answer.Add(FactPhrases.Sentence(answer, primary));
        if (primary.Forecast) answer.Text(words.ForecastCaution, ParagraphStyle.Caution);
        if (words.Note(primary) is { } note) answer.Text(note);
        DisputeNotes.Add(answer, primary, selector.Disagreeing(primary), withSubject: false);

        // However many figures the fact base holds, the answer stays short: the latest of each measure, and a count.
        var earlier = selector.Earlier(primary).ToList();
        if (earlier.Count > 0)
        {
            answer.Text(words.EarlierFigures);
            foreach (var fact in earlier.Take(MaxPerList)) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: false));
            if (earlier.Count > MaxPerList)
                answer.Text(words.MoreEarlier(earlier.Count - MaxPerList, name, words.MetricWord(metric), earlier[^1].AsOf.Year));
        }

        var related = selector.Related(entityId, primary).ToList();
        if (related.Count > 0)
        {
            var latestPerMeasure = related.GroupBy(f => f.MetricId).Select(g => g.First()).ToList();
            answer.Text(words.RelatedCaution, ParagraphStyle.Caution);
            foreach (var fact in latestPerMeasure.Take(MaxPerList)) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: false));
            if (related.Count > Math.Min(MaxPerList, latestPerMeasure.Count))
                answer.Text(words.MoreRelated(related.Count - Math.Min(MaxPerList, latestPerMeasure.Count), entityId));
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
        var name = answer.Language.Name(answer.Facts.Entity(entityId));
        var facts = (metric is null ? selector.All(entityId) : selector.OfMetric(entityId, metric.Id)).ToList();
        var dated = facts.Where(f => f.AsOf.IsDated).ToList();
        if (dated.Count == 0)
        {
            answer.Text(facts.Count == 0 ? answer.Language.NoDatedFacts(name) : answer.Language.NoDateGiven(name));
        }

        foreach (var fact in (dated.Count > 0 ? dated : facts).Take(MaxOverviewItems))
            answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact));
        guidance.SuggestFollowUps(answer, entityId);
    }

    public void Who(AnswerBuilder answer, string entityId)
    {
        var name = answer.Language.Name(answer.Facts.Entity(entityId));
        var owners = selector.OfMetric(entityId, "owner").Where(f => f.EntityId == entityId).ToList();
        var owned = answer.Facts.FactsConcerning(entityId, "owner").Where(f => f.ObjectEntityId == entityId).ToList();
        if (owners.Count == 0 && owned.Count == 0) answer.Text(answer.Language.NoOwner(name));
        if (owned.Count > 0) answer.Text(answer.Language.TiedTo(name));
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
