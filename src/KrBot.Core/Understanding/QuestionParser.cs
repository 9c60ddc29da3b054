using KrBot.Core.Knowledge;

namespace KrBot.Core.Understanding;

/// <summary>
/// Text -> <see cref="Query"/>: slash commands first, then aliases by dictionary (exact, n-grams, Han runs), then
/// fuzzy correction of the words left over, then the intent from what was found. Never throws on user text.
/// </summary>
public sealed class QuestionParser
{
    /// <summary>Longer input is cut here: no real question needs more, and matching cost grows with length.</summary>
    public const int MaxQuestionLength = 500;

    private readonly FactBase _facts;
    private readonly AliasIndex _index;
    private readonly QuestionScanner _scanner;
    private readonly Dictionary<string, HashSet<string>> _metricsConcerning;

    public QuestionParser(FactBase facts)
    {
        _facts = facts;
        _index = new AliasIndex(facts);
        _scanner = new QuestionScanner(_index);
        _metricsConcerning = facts.Entities.ToDictionary(e => e.Id, e => facts.FactsConcerning(e.Id).Select(f => f.MetricId).ToHashSet());
    }

    public Query Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > MaxQuestionLength) trimmed = trimmed[..MaxQuestionLength];
        if (trimmed.Length == 0) return Query.Of(text, Intent.Help);
        return SlashCommand.TryParse(trimmed) is { } command ? ParseCommand(trimmed, command) : ParseQuestion(trimmed, forceCompare: false, forcedEntity: null);
    }

    private Query ParseCommand(string text, SlashCommand command)
    {
        switch (command.Name)
        {
            case "start": return Query.Of(text, Intent.Start);
            case "help": return Query.Of(text, Intent.Help);
            case "sources": return Query.Of(text, Intent.Sources);
            case "compare": return ParseQuestion(command.Arguments, forceCompare: true, forcedEntity: null) with { Text = text };
        }

        // /dingtalk, and also /feishu or /wecom: any single-word alias of an entity works as its command.
        var entityId = _facts.FindEntity(command.Name)?.Id
            ?? (_index.Lookup(TextNormalizer.AliasKey(command.Name)) is { Kind: AliasTargetKind.Entity } t ? t.Id : null);
        if (entityId is null) return Query.Of(text, Intent.UnknownCommand) with { Term = command.Name };
        if (command.Arguments.Length == 0) return new Query(text, Intent.Overview, [entityId], null, null, 1, [], null);
        return ParseQuestion(command.Arguments, forceCompare: false, forcedEntity: entityId) with { Text = text };
    }

    private Query ParseQuestion(string text, bool forceCompare, string? forcedEntity)
    {
        var found = _scanner.Find(text);
        var entities = found.Entities;
        if (forcedEntity is not null && !entities.Contains(forcedEntity)) entities.Insert(0, forcedEntity);

        var metricId = ChooseMetric(entities, found.MetricIds);
        var isCompare = forceCompare || found.IntentWords.Contains("compare");
        Query Make(Intent intent, string? metric) =>
            new(text, intent, entities, metric, found.Year, found.EntityConfidence, found.Suggestions, found.UnknownTerm);
        Query Plain(Intent intent) => Make(intent, null);

        if (found.Suggestions.Count > 0 && (entities.Count == 0 || (isCompare && entities.Count < 2))) return Make(Intent.Clarify, metricId);

        if (entities.Count == 0)
        {
            if (found.UnknownTerm is not null) return Plain(Intent.OutOfScope);
            if (isCompare) return Plain(Intent.Compare);
            if (found.IntentWords.Contains("help")) return Plain(Intent.Help);
            if (found.IntentWords.Contains("sources")) return Plain(Intent.Sources);
            if (found.UnknownMetric is not null) return Plain(Intent.OutOfScope) with { Term = found.UnknownMetric };
            // "what is" alone names no measure worth asking "which one?" about: "what's the weather?" is off topic.
            if (metricId is not null and not "description") return Make(found.IntentWords.Contains("when") ? Intent.When : Intent.Metric, metricId);
            if (found.IntentWords.Contains("greeting") && found.IntentWords.Count == 1) return Plain(Intent.Start);
            return Plain(Intent.OutOfScope);
        }

        if (isCompare) return Make(Intent.Compare, metricId);
        if (entities.Count >= 2 && metricId is not null && !found.IntentWords.Contains("when"))
        {
            // "What share of WeChat users does WeChat Work serve?" names two entities but asks one fact that links
            // them: answer it about its subject. Two entities with a figure each ("DingTalk and WeCom users") compare.
            if (_facts.FactsConcerning(entities[0], metricId).FirstOrDefault(f => entities.All(f.Concerns)) is { } link)
                return Make(Intent.Metric, metricId) with { EntityIds = [link.EntityId, .. entities.Where(e => e != link.EntityId)] };
            if (IsFigureMetric(metricId)) return Make(Intent.Compare, metricId);
        }

        if (metricId is null && found.UnknownMetric is not null) return Plain(Intent.UnknownMetric) with { Term = found.UnknownMetric };
        if (found.IntentWords.Contains("when")) return Make(Intent.When, metricId);
        var first = _facts.Entity(entities[0]);
        if (found.IntentWords.Contains("who") && metricId is null)
            return first.Kind == EntityKind.Person ? Plain(Intent.Overview) : Make(Intent.Who, "owner");
        if (metricId == "owner") return Make(Intent.Who, metricId);
        return metricId is null ? Plain(Intent.Overview) : Make(Intent.Metric, metricId);
    }

    private bool IsFigureMetric(string metricId) => _facts.Metric(metricId).Kind != MetricKind.Statement;

    /// <summary>
    /// Of the measures a question names, the one the named entities have facts for ("Is Tencent listed?" is about a
    /// stock listing, "Was DingTalk listed by UNESCO?" about a list); "what is" only when nothing else is named.
    /// </summary>
    private string? ChooseMetric(List<string> entities, List<string> metricIds) =>
        metricIds
            .Select((id, order) => (id, order))
            .GroupBy(m => m.id)
            .Select(g => (id: g.Key, order: g.First().order, mentions: g.Count(), covered: entities.Count(e => _metricsConcerning[e].Contains(g.Key))))
            .OrderByDescending(m => m.covered)
            .ThenBy(m => m.id == "description" ? 1 : 0)
            // "How big is the market?": "how big" may mean users or market size, "market" only market size.
            .ThenByDescending(m => m.mentions)
            .ThenBy(m => m.order)
            .Select(m => m.id)
            .FirstOrDefault();
}
