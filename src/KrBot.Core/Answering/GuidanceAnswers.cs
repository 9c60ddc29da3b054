using KrBot.Core.Knowledge;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>
/// Answers that guide rather than state: help, sources, "did you mean", and the honest "I don't have that",
/// which always says what the bot can answer instead and never offers a number.
/// </summary>
internal sealed class GuidanceAnswers(FactBase facts, FactSelector selector, IReadOnlyList<CommandHelp> hostCommands)
{
    private const string Scope = "I answer questions about China’s enterprise-collaboration market from a curated fact base: each figure comes with its date and its source.";

    public void Start(AnswerBuilder answer)
    {
        answer.Text("Hello! " + Scope);
        Examples(answer);
        answer.Add(new TextSpan("Type "), new CommandSpan("/help"), new TextSpan(" for every command."));
    }

    public void Help(AnswerBuilder answer)
    {
        answer.Text(Scope);
        Examples(answer);
        answer.Text("Commands:");
        foreach (var command in CommandCatalog.For(facts, hostCommands).Where(c => facts.FindEntity(c.Name) is null))
            answer.Add(ParagraphStyle.Item, new CommandSpan("/" + command.Name), new TextSpan(" — " + command.Description));
        answer.Add(
            ParagraphStyle.Item,
            new TextSpan("One command per name: "),
            new CommandSpan(string.Join(" ", facts.Entities.Select(e => "/" + e.Id))));
    }

    public void Sources(AnswerBuilder answer)
    {
        answer.Text("Every fact I state cites one of these sources:");
        foreach (var source in facts.Sources) answer.Add(ParagraphStyle.Item, new TextSpan(source.Describe()));
    }

    public void Clarify(AnswerBuilder answer, Query query)
    {
        var names = query.Suggestions.Select(id => facts.Entity(id).Name).ToList();
        answer.Text($"I’m not sure which you mean. Did you mean {string.Join(" or ", names)}?");
        foreach (var id in query.Suggestions)
        {
            // The parser asks only about a missing name, so a clarification that already has one name is a comparison.
            var question = query.EntityIds.Count == 1
                ? $"/compare {query.EntityIds[0]} {id}"
                : query.MetricId is { } metric ? $"/{id} {facts.Metric(metric).Aliases.FirstOrDefault() ?? ""}".TrimEnd() : "/" + id;
            answer.Suggest(facts.Entity(id).Name, question);
        }
    }

    public void UnknownMetric(AnswerBuilder answer, Query query)
    {
        var entity = facts.Entity(query.EntityIds[0]);
        answer.Text($"I don’t have {IntentLexicon.Describe(query.Term!)} for {entity.Name}: the source does not give it, so I won’t guess.");
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

        answer.Text($"The source does not say in so many words what {entity.Name} is. What it does say:");
        foreach (var fact in said) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: fact.EntityId != entity.Id));
    }

    /// <summary>After "what X is", what else the source says X did or is part of ("what did Baidu do?").</summary>
    public void AlsoSays(AnswerBuilder answer, Entity entity, IReadOnlyCollection<Fact> shown)
    {
        var more = selector.All(entity.Id).Where(f => !f.HasFigure && f.MetricId is not ("description" or "owner") && !shown.Contains(f)).Take(3).ToList();
        if (more.Count == 0) return;
        answer.Text("The source also says:");
        foreach (var fact in more) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact, withSubject: fact.EntityId != entity.Id));
    }

    public void NothingOn(AnswerBuilder answer, Entity entity, Metric metric)
    {
        answer.Text($"I don’t have {metric.Name} for {entity.Name}.");
        WhatIHave(answer, entity);
    }

    public void WhichEntity(AnswerBuilder answer, Metric metric, IReadOnlyList<string> candidates)
    {
        if (candidates.Count == 0)
        {
            answer.Text($"I don’t have {metric.Name} for anything yet.");
            return;
        }

        // Say exactly what each one has: "total users" for one and "user accounts" for another are not the same offer.
        var offers = candidates
            .GroupBy(id => metric.Kind == MetricKind.Statement ? metric.Id : selector.PrimaryFigure(id, metric.Id)?.MetricId ?? metric.Id)
            .OrderBy(g => g.Key == metric.Id ? 0 : 1)
            .Select(g => $"{facts.Metric(g.Key).Name} for {Words.List(g.Select(id => facts.Entity(id).Name))}");
        answer.Text($"Which one do you mean? I have {Words.List(offers)}.");
        foreach (var id in candidates) answer.Suggest(facts.Entity(id).Name, $"/{id} {metric.Aliases.FirstOrDefault() ?? ""}".TrimEnd());
    }

    public void OutOfScope(AnswerBuilder answer, Query query)
    {
        answer.Text(query.Term is { } term
            ? $"I don’t have anything on “{term}”. {Scope}"
            : $"I don’t know that. {Scope}");
        answer.Text($"I can tell you about {Words.List(facts.Entities.Where(e => e.Kind == EntityKind.Product).Select(e => e.Name))}, and more: try /help.");
        foreach (var entity in facts.Entities.Where(e => e.Kind == EntityKind.Product)) answer.Suggest(entity.Name, "/" + entity.Id);
    }

    public void UnknownCommand(AnswerBuilder answer, Query query)
    {
        answer.Add(new TextSpan("I don’t know the command "), new CommandSpan("/" + query.Term), new TextSpan(". Type "), new CommandSpan("/help"), new TextSpan(" for the ones I have."));
    }

    /// <summary>Buttons worth pressing next: a comparison with a peer that has a figure of the same kind, and the overview.</summary>
    public void SuggestFollowUps(AnswerBuilder answer, string entityId)
    {
        var entity = facts.Entity(entityId);
        if (selector.PrimaryFigure(entityId, "users") is not null)
        {
            foreach (var peer in selector.EntitiesWith("users").Where(id => id != entityId).Take(2))
                answer.Suggest($"{entity.Name} vs {facts.Entity(peer).Name}", $"/compare {entityId} {peer}");
        }

        answer.Suggest($"All on {entity.Name}", "/" + entityId);
    }

    private void WhatIHave(AnswerBuilder answer, Entity entity)
    {
        var metrics = facts.Metrics.Where(m => facts.FactsConcerning(entity.Id, m.Id).Count > 0).Select(m => m.Name).ToList();
        answer.Text(metrics.Count == 0
            ? $"I have no facts on {entity.Name} yet."
            : $"What I do have on {entity.Name}: {Words.List(metrics)}.");
        answer.Suggest($"All on {entity.Name}", "/" + entity.Id);
    }

    private static void Examples(AnswerBuilder answer)
    {
        answer.Text("Ask in English or Chinese, for example:");
        foreach (var example in new[] { "How many users does DingTalk have?", "钉钉有多少用户？", "Compare DingTalk and WeChat Work", "Who makes Lark?" })
            answer.Add(ParagraphStyle.Item, new CommandSpan(example));
    }
}
