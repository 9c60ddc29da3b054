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

    public QuestionParser(FactBase facts)
    {
        _facts = facts;
        _index = new AliasIndex(facts);
        _fuzzy = new FuzzyCorrector(_index.FuzzyWords);
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

        var isCompare = forceCompare || found.IntentWords.Contains("compare");
        var confidence = found.EntityConfidence;
        Query Make(Intent intent, string? metric = null) =>
            new(text, intent, entities, metric ?? found.MetricId, found.Year, confidence, found.Suggestions, found.UnknownTerm);

        if (found.Suggestions.Count > 0 && (entities.Count == 0 || (isCompare && entities.Count < 2))) return Make(Intent.Clarify);
        if (isCompare && (entities.Count >= 2 || forceCompare || found.MetricId is null)) return Make(Intent.Compare);
        if (entities.Count >= 2 && found.MetricId is not null && IsFigureMetric(found.MetricId)) return Make(Intent.Compare);

        if (entities.Count == 0)
        {
            if (found.UnknownTerm is not null) return Make(Intent.OutOfScope);
            if (found.IntentWords.Contains("help")) return Make(Intent.Help);
            if (found.IntentWords.Contains("sources")) return Make(Intent.Sources);
            if (found.UnknownMetric is not null) return Make(Intent.OutOfScope) with { Term = found.UnknownMetric };
            // "what is" alone names no measure worth asking "which one?" about: "what's the weather?" is off topic.
            if (found.MetricId is not null and not "description") return Make(found.IntentWords.Contains("when") ? Intent.When : Intent.Metric);
            if (found.IntentWords.Contains("greeting") && found.IntentWords.Count == 1) return Make(Intent.Start);
            return Make(Intent.OutOfScope);
        }

        if (found.MetricId is null && found.UnknownMetric is not null) return Make(Intent.UnknownMetric) with { Term = found.UnknownMetric };
        if (found.IntentWords.Contains("when")) return Make(Intent.When);
        var first = _facts.Entity(entities[0]);
        if (found.IntentWords.Contains("who") && found.MetricId is null)
            return first.Kind == EntityKind.Person ? Make(Intent.Overview) : Make(Intent.Who, "owner");
        if (found.MetricId == "owner") return Make(Intent.Who);
        return found.MetricId is null ? Make(Intent.Overview) : Make(Intent.Metric);
    }

    private bool IsFigureMetric(string metricId) => _facts.Metric(metricId).Kind != MetricKind.Statement;

    /// <summary>Everything the words of a question point at, before deciding what it asks.</summary>
    private Findings Find(string text)
    {
        var tokens = Token.Split(TextNormalizer.Normalize(text));
        var confidence = Enumerable.Repeat(1.0, tokens.Count).ToArray();
        var consumed = new bool[tokens.Count];
        var matches = _index.Match(tokens, confidence, consumed, out var hanLeftover);

        var suggestions = new List<string>();
        if (CorrectTypos(tokens, confidence, consumed, suggestions))
            matches.AddRange(_index.Match(tokens, confidence, consumed, out _).Where(m => !tokens[m.Position].IsHan));

        var entityMatches = matches.Where(m => m.Target.Kind == AliasTargetKind.Entity).OrderBy(m => m.Position).ToList();
        var metricIds = matches.Where(m => m.Target.Kind == AliasTargetKind.Metric).OrderBy(m => m.Position).Select(m => m.Target.Id).ToList();
        return new Findings(
            entityMatches.Select(m => m.Target.Id).Distinct().ToList(),
            entityMatches.Count == 0 ? 1 : entityMatches.Min(m => m.Confidence),
            // "what is" is a weak cue: any more specific measure in the question wins over it.
            metricIds.FirstOrDefault(id => id != "description") ?? metricIds.FirstOrDefault(),
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
            var name = new string(run.Select(c => FunctionWords.Han.Contains(c) ? ' ' : c).ToArray());
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
        string? MetricId,
        HashSet<string> IntentWords,
        string? UnknownMetric,
        string? UnknownTerm,
        int? Year,
        List<string> Suggestions);
}
