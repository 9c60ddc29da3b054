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
    private readonly FuzzyCorrector _fuzzy;
    private readonly Dictionary<string, HashSet<string>> _metricsConcerning;

    public QuestionParser(FactBase facts)
    {
        _facts = facts;
        _index = new AliasIndex(facts);
        _fuzzy = new FuzzyCorrector(_index.FuzzyWords);
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
        var found = Find(text);
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
            if (_facts.Facts.FirstOrDefault(f => f.MetricId == metricId && entities.All(f.Concerns)) is { } link)
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

    /// <summary>Everything the words of a question point at, before deciding what it asks.</summary>
    private Findings Find(string text)
    {
        var tokens = Token.Split(TextNormalizer.Normalize(text));
        var confidence = Enumerable.Repeat(1.0, tokens.Count).ToArray();
        var consumed = new bool[tokens.Count];
        var matches = _index.Match(tokens, confidence, consumed, out var hanLeftover);

        var suggestions = new List<string>();
        if (CorrectTypos(tokens, confidence, consumed, suggestions))
            matches.AddRange(_index.Match(tokens, confidence, consumed, out _).Where(m => !tokens[(int)m.Position].IsHan));

        var entityMatches = matches.Where(m => m.Target.Kind == AliasTargetKind.Entity).OrderBy(m => m.Position).ToList();
        return new Findings(
            entityMatches.Select(m => m.Target.Id).Distinct().ToList(),
            entityMatches.Count == 0 ? 1 : entityMatches.Min(m => m.Confidence),
            matches.Where(m => m.Target.Kind == AliasTargetKind.Metric).OrderBy(m => m.Position).Select(m => m.Target.Id).ToList(),
            matches.Where(m => m.Target.Kind == AliasTargetKind.IntentWord).Select(m => m.Target.Id).ToHashSet(),
            matches.FirstOrDefault(m => m.Target.Kind == AliasTargetKind.UnknownMetric)?.Target.Id,
            UnknownTerm(tokens, consumed, hanLeftover),
            YearIn(tokens),
            suggestions.Where(id => !entityMatches.Any(m => m.Target.Id == id)).Distinct().ToList());
    }

    /// <summary>Replaces likely typos by the vocabulary word they were meant as; close calls become suggestions.</summary>
    private bool CorrectTypos(List<Token> tokens, double[] confidence, bool[] consumed, List<string> suggestions)
    {
        var changed = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (consumed[i] || tokens[i].IsHan || !MayBeTypo(word)) continue;

            var candidates = _fuzzy.Candidates(word);
            if (candidates.Count == 0) continue;

            var best = candidates[0];
            var tie = candidates.Count > 1 && best.Score - candidates[1].Score < FuzzyCorrector.AmbiguityGap;
            if (best.Score >= FuzzyCorrector.AcceptScore && !tie)
            {
                tokens[i] = new Token(best.Word, false);
                confidence[i] = best.Score / 100.0;
                changed = true;
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (_index.Lookup(candidate.Word) is { Kind: AliasTargetKind.Entity } target) suggestions.Add(target.Id);
            }
        }

        return changed;
    }

    private bool MayBeTypo(string word) =>
        word.Length >= FuzzyCorrector.MinimumWordLength
        && !_index.IsKnownWord(word)
        && !FunctionWords.Latin.Contains(word)
        && !IntentLexicon.CommonWords.Contains(word)
        && !word.Any(char.IsDigit);

    /// <summary>
    /// Words left over that name something ("zoom", "华为"): the thing the bot must admit it does not know.
    /// Known words left unmatched ("ding" of "ding dong") are part of the name but cannot make one on their own.
    /// </summary>
    private string? UnknownTerm(List<Token> tokens, bool[] consumed, List<string> hanLeftover)
    {
        var words = new List<string>();
        var anyUnknown = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsHan || consumed[i] || word.Any(char.IsDigit) || FunctionWords.Latin.Contains(word)) continue;
            words.Add(word);
            anyUnknown |= word.Length >= 2 && !_index.IsKnownWord(word);
        }

        foreach (var run in hanLeftover)
        {
            var name = FunctionWords.HanWords.Aggregate(run, (text, word) => text.Replace(word, " ", StringComparison.Ordinal));
            name = new string(name.Select(c => FunctionWords.Han.Contains(c) ? ' ' : c).ToArray());
            var names = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2).ToList();
            words.AddRange(names);
            anyUnknown |= names.Count > 0;
        }

        return anyUnknown ? string.Join(' ', words) : null;
    }

    private static int? YearIn(List<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Text.Length == 4 && int.TryParse(token.Text, out var year) && year is >= 1990 and <= 2100) return year;
        }

        return null;
    }

    private sealed record Findings(
        List<string> Entities,
        double EntityConfidence,
        List<string> MetricIds,
        HashSet<string> IntentWords,
        string? UnknownMetric,
        string? UnknownTerm,
        int? Year,
        List<string> Suggestions);
}
