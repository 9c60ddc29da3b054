namespace KrBot.Core.Understanding;

/// <summary>
/// The first half of understanding: what the words of a question point at (entities, measures, intent words, a
/// year, a name we do not know), with typos corrected or turned into "did you mean" suggestions.
/// <see cref="QuestionParser"/> decides from these what the question asks.
/// </summary>
internal sealed class QuestionScanner(AliasIndex index)
{
    private readonly FuzzyCorrector _fuzzy = new(index.FuzzyWords);

    /// <summary>Everything the words of a question point at, before deciding what it asks.</summary>
    public Findings Find(string text)
    {
        var tokens = Token.Split(TextNormalizer.Normalize(text));
        var confidence = Enumerable.Repeat(1.0, tokens.Count).ToArray();
        var consumed = new bool[tokens.Count];

        // Typos first, names second: "enterrpise wechat" must become "enterprise wechat" (WeChat Work) before
        // "wechat" alone can be taken for WeChat. Words of any alias are never corrected, so nothing right is lost.
        var suggestions = new List<string>();
        CorrectTypos(tokens, confidence, consumed, suggestions);
        var matches = index.Match(tokens, confidence, consumed, out var hanLeftover);

        // A name inside a longer one, next to what looks like the rest of it misspelt ("wechat workk", "微信企业版"):
        // which was meant is not ours to guess.
        foreach (var nearMiss in index.NearMisses(tokens, consumed, matches, hanLeftover))
        {
            matches.Remove(nearMiss.Match);
            suggestions.Add(nearMiss.LongerNameEntityId);
            suggestions.Add(nearMiss.Match.Target.Id);
        }

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

    /// <summary>
    /// Replaces likely typos by the vocabulary word they were meant as; close calls become suggestions. A word whose
    /// first letter differs is never taken as meant: people mistype inside words, and "dingdong" is another app, not
    /// a misspelt "jingdong".
    /// </summary>
    private void CorrectTypos(List<Token> tokens, double[] confidence, bool[] consumed, List<string> suggestions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (consumed[i] || tokens[i].IsHan || !MayBeTypo(word)) continue;

            var candidates = _fuzzy.Candidates(word);
            if (candidates.Count == 0) continue;

            var best = candidates[0];
            var tie = candidates.Count > 1 && best.Score - candidates[1].Score < FuzzyCorrector.AmbiguityGap;
            if (best.Score >= FuzzyCorrector.AcceptScore && !tie && best.Word[0] == word[0])
            {
                tokens[i] = new Token(best.Word, false);
                confidence[i] = best.Score / 100.0;
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (index.Lookup(candidate.Word) is { Kind: AliasTargetKind.Entity } target) suggestions.Add(target.Id);
            }
        }
    }

    private bool MayBeTypo(string word) =>
        word.Length >= FuzzyCorrector.MinimumWordLength
        && !index.IsKnownWord(word)
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
            anyUnknown |= word.Length >= 2 && !index.IsKnownWord(word);
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

    internal sealed record Findings(
        List<string> Entities,
        double EntityConfidence,
        List<string> MetricIds,
        HashSet<string> IntentWords,
        string? UnknownMetric,
        string? UnknownTerm,
        int? Year,
        List<string> Suggestions);
}
