using KrBot.Core.Knowledge;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>
/// Answers that guide rather than state: help, sources, "did you mean", and the honest "I don't have that",
/// which always says what the bot can answer instead and never offers a number.
/// </summary>
internal sealed class GuidanceAnswers(FactBase facts, FactSelector selector, IReadOnlyList<string> hostCommands)
{
    public void Start(AnswerBuilder answer)
    {
        answer.Text(answer.Language.Hello);
        Examples(answer);
        answer.Add(answer.Language.TypeHelp());
    }

    public void Help(AnswerBuilder answer)
    {
        var words = answer.Language;
        answer.Text(words.Scope);
        Examples(answer);
        answer.Text(words.CommandsHeading);
        foreach (var command in CommandCatalog.For(facts, words, hostCommands).Where(c => facts.FindEntity(c.Name) is null))
            answer.Add(ParagraphStyle.Item, new CommandSpan("/" + command.Name), new TextSpan(" — " + command.Description));
        answer.Add(
            ParagraphStyle.Item,
            new TextSpan(words.OneCommandPerName),
            new CommandSpan(string.Join(" ", facts.Entities.Select(e => "/" + e.Id))));
    }

    public void Sources(AnswerBuilder answer)
    {
        answer.Text(answer.Language.SourcesIntro);
        foreach (var source in facts.Sources) answer.Add(ParagraphStyle.Item, new TextSpan(answer.Language.SourceLine(source)));
    }

    public void Clarify(AnswerBuilder answer, Query query)
    {
        answer.Text(answer.Language.DidYouMean(query.Suggestions.Select(id => Name(answer, id))));
        foreach (var id in query.Suggestions)
        {
            // The parser asks only about a missing name, so a clarification that already has one name is a comparison.
            var question = query.EntityIds.Count == 1
                ? $"/compare {query.EntityIds[0]} {id}"
                : query.MetricId is { } metric ? $"/{id} {facts.Metric(metric).Aliases.FirstOrDefault() ?? ""}".TrimEnd() : "/" + id;
            answer.Suggest(Name(answer, id), question);
        }
    }

    public void UnknownMetric(AnswerBuilder answer, Query query)
    {
        var entity = facts.Entity(query.EntityIds[0]);
        answer.Text(answer.Language.UnknownMeasure(query.Term!, answer.Language.Name(entity)));
        WhatIHave(answer, entity);
    }

    /// <summary>
    /// "What is X?" when the source describes X only in passing: say so, then what it does say, rather than a bare
    /// "I don't have that".
    /// </summary>
    public void NoDescription(AnswerBuilder answer, Entity entity)
    {
        var said = selector.All(entity.Id).Take(4).ToList();
        if (said.Count == 0)
        {
            NothingOn(answer, entity, facts.Metric("description"));
            return;
        }

        answer.Text(answer.Language.NoDescription(answer.Language.Name(entity)));
        foreach (var fact in said) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: fact.EntityId != entity.Id));
    }

    /// <summary>After "what X is", what else the source says X did or is part of ("what did Baidu do?").</summary>
    public void AlsoSays(AnswerBuilder answer, Entity entity, IReadOnlyCollection<Fact> shown)
    {
        var more = selector.All(entity.Id).Where(f => !f.HasFigure && f.MetricId is not ("description" or "owner") && !shown.Contains(f)).Take(3).ToList();
        if (more.Count == 0) return;
        answer.Text(answer.Language.AlsoSays);
        foreach (var fact in more) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: fact.EntityId != entity.Id));
    }

    public void NothingOn(AnswerBuilder answer, Entity entity, Metric metric)
    {
        answer.Text(answer.Language.NothingOn(answer.Language.MetricName(metric), answer.Language.Name(entity)));
        WhatIHave(answer, entity);
    }

    public void WhichEntity(AnswerBuilder answer, Metric metric, IReadOnlyList<string> candidates)
    {
        if (candidates.Count == 0)
        {
            answer.Text(answer.Language.NothingForAnything(answer.Language.MetricName(metric)));
            return;
        }

        // Say exactly what each one has: "total users" for one and "user accounts" for another are not the same offer.
        var offers = candidates
            .GroupBy(id => metric.Kind == MetricKind.Statement ? metric.Id : selector.PrimaryFigure(id, metric.Id)?.MetricId ?? metric.Id)
            .OrderBy(g => g.Key == metric.Id ? 0 : 1)
            .Select(g => (answer.Language.MetricName(facts.Metric(g.Key)), (IReadOnlyList<string>)g.Select(id => Name(answer, id)).ToList()));
        answer.Text(answer.Language.WhichOne(offers));
        foreach (var id in candidates) answer.Suggest(Name(answer, id), $"/{id} {metric.Aliases.FirstOrDefault() ?? ""}".TrimEnd());
    }

    public void OutOfScope(AnswerBuilder answer, Query query)
    {
        var words = answer.Language;
        answer.Text(query.Term is { } term ? words.NothingOnTerm(term) : words.DontKnow);
        var products = facts.Entities.Where(e => e.Kind == EntityKind.Product).ToList();
        answer.Text(words.CanTellAbout(products.Select(words.Name)));
        foreach (var entity in products) answer.Suggest(words.Name(entity), "/" + entity.Id);
    }

    public void UnknownCommand(AnswerBuilder answer, Query query)
    {
        answer.Add(answer.Language.UnknownCommand(query.Term!));
    }

    /// <summary>Buttons worth pressing next: a comparison with a peer that has a figure of the same kind, and the overview.</summary>
    public void SuggestFollowUps(AnswerBuilder answer, string entityId)
    {
        var name = Name(answer, entityId);
        if (selector.PrimaryFigure(entityId, "users") is not null)
        {
            foreach (var peer in selector.EntitiesWith("users").Where(id => id != entityId).Take(2))
                answer.Suggest(answer.Language.Versus(name, Name(answer, peer)), $"/compare {entityId} {peer}");
        }

        answer.Suggest(answer.Language.AllOn(name), "/" + entityId);
    }

    private void WhatIHave(AnswerBuilder answer, Entity entity)
    {
        var words = answer.Language;
        var metrics = facts.Metrics.Where(m => facts.FactsConcerning(entity.Id, m.Id).Count > 0).Select(words.MetricName).ToList();
        var name = words.Name(entity);
        answer.Text(metrics.Count == 0 ? words.NoFactsOn(name) : words.WhatIHave(name, metrics));
        answer.Suggest(words.AllOn(name), "/" + entity.Id);
    }

    private string Name(AnswerBuilder answer, string entityId) => answer.Language.Name(facts.Entity(entityId));

    private static void Examples(AnswerBuilder answer)
    {
        answer.Text(answer.Language.AskExamplesIntro);
        foreach (var example in answer.Language.Examples) answer.Add(ParagraphStyle.Item, new CommandSpan(example));
    }
}
