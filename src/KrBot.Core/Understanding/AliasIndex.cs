using KrBot.Core.Knowledge;

namespace KrBot.Core.Understanding;

/// <summary>
/// Every name and keyword the bot understands, keyed by <see cref="TextNormalizer.AliasKey"/>, built once per fact
/// base. Matching is dictionary lookups only: Latin n-grams (longest first, so "wechat work" beats "wechat") and
/// leftmost-longest scans of Han runs (so 企业微信 beats 微信). Fuzzy matching is <see cref="FuzzyCorrector"/>'s job.
/// </summary>
public sealed class AliasIndex
{
    // A key may name several metrics ("listed": a stock listing, or UNESCO's list); the parser picks by context.
    private readonly Dictionary<string, List<AliasTarget>> _latin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AliasTarget>> _han = new(StringComparer.Ordinal);
    private readonly HashSet<string> _latinWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fuzzyWords = new(StringComparer.Ordinal);
    private readonly List<(string Key, string EntityId)> _entityKeys = [];
    private int _maxLatinTokens = 1;
    private int _maxHanLength = 1;

    public AliasIndex(FactBase facts)
    {
        // The fact base claims first: a curator's alias wins over a built-in keyword.
        foreach (var entity in facts.Entities)
        {
            var target = new AliasTarget(AliasTargetKind.Entity, entity.Id);
            foreach (var alias in entity.Aliases.Append(entity.Name).Append(entity.Id)) Add(alias, target, fuzzy: true);
            foreach (var alias in entity.ExactAliases) Add(alias, target, fuzzy: false);
        }

        foreach (var metric in facts.Metrics)
        {
            foreach (var alias in metric.Aliases) Add(alias, new AliasTarget(AliasTargetKind.Metric, metric.Id), fuzzy: true);
        }

        foreach (var (intent, words) in IntentLexicon.IntentWords)
        {
            foreach (var word in words) Add(word, new AliasTarget(AliasTargetKind.IntentWord, intent), fuzzy: true);
        }

        foreach (var term in IntentLexicon.UnknownMetrics) Add(term, new AliasTarget(AliasTargetKind.UnknownMetric, term), fuzzy: false);
    }

    /// <summary>Single Latin words fuzzy matching may correct a typo into (never exact-only aliases).</summary>
    public IReadOnlyCollection<string> FuzzyWords => _fuzzyWords;

    /// <summary>True when the word is part of any alias or keyword: such a word is never a typo.</summary>
    public bool IsKnownWord(string word) => _latinWords.Contains(word);

    /// <summary>The target a whole single word names on its own, if any ("dingtalk" -> DingTalk).</summary>
    public AliasTarget? Lookup(string word) => (_latin.GetValueOrDefault(word) ?? _han.GetValueOrDefault(word))?[0];

    /// <summary>
    /// Finds aliases in the tokens. <paramref name="consumed"/> marks Latin tokens already used (it is updated);
    /// Han tokens report the characters matched in <paramref name="hanLeftover"/> as spaces.
    /// </summary>
    public List<AliasMatch> Match(IReadOnlyList<Token> tokens, IReadOnlyList<double> confidence, bool[] consumed, out List<string> hanLeftover)
    {
        var matches = new List<AliasMatch>();
        hanLeftover = [];
        for (var n = Math.Min(_maxLatinTokens, tokens.Count); n >= 1; n--)
        {
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                if (!LatinSpanFree(tokens, consumed, i, n)) continue;
                var key = n == 1 ? tokens[i].Text : string.Concat(tokens.Skip(i).Take(n).Select(t => t.Text));
                if (!_latin.TryGetValue(key, out var targets)) continue;

                var sure = 1.0;
                for (var k = i; k < i + n; k++)
                {
                    consumed[k] = true;
                    sure = Math.Min(sure, confidence[k]);
                }

                matches.AddRange(targets.Select(target => new AliasMatch(target, i, sure, key, n)));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsHan) hanLeftover.Add(MatchHan(tokens[i].Text, i, matches));
        }

        matches.Sort((a, b) => a.Position.CompareTo(b.Position));
        return matches;
    }

    private string MatchHan(string run, int position, List<AliasMatch> matches)
    {
        var leftover = run.ToCharArray();
        for (var start = 0; start < run.Length;)
        {
            var matched = 0;
            for (var length = Math.Min(_maxHanLength, run.Length - start); length >= 1; length--)
            {
                if (!_han.TryGetValue(run.Substring(start, length), out var targets)) continue;
                var key = run.Substring(start, length);
                matches.AddRange(targets.Select(target => new AliasMatch(target, position + start / 1000.0, 1.0, key)));
                Array.Fill(leftover, ' ', start, length);
                matched = length;
                break;
            }

            start += Math.Max(matched, 1);
        }

        return new string(leftover);
    }

    /// <summary>
    /// Entity matches that are the start or end of another entity's longer name whose rest is there, misspelt:
    /// "wechat" + "workk" (WeChat Work), "we chat" + "wrk", 微信 with 企业 elsewhere in the same run (企业微信).
    /// Exact longer names never get here: they matched whole, longest first.
    /// </summary>
    public IEnumerable<NearMiss> NearMisses(IReadOnlyList<Token> tokens, bool[] consumed, IReadOnlyList<AliasMatch> matches, IReadOnlyList<string> hanLeftover)
    {
        var hanRuns = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsHan).ToList();
        foreach (var match in matches.Where(m => m.Target.Kind == AliasTargetKind.Entity).ToList())
        {
            var longer = match.Tokens > 0
                ? LatinNearMiss(tokens, consumed, match)
                : HanNearMiss(match, hanLeftover[hanRuns.IndexOf((int)match.Position)]);
            if (longer is not null) yield return new NearMiss(match, longer);
        }
    }

    private string? LatinNearMiss(IReadOnlyList<Token> tokens, bool[] consumed, AliasMatch match)
    {
        var start = (int)match.Position;
        foreach (var (neighbour, before) in new[] { (start - 1, true), (start + match.Tokens, false) })
        {
            if (neighbour < 0 || neighbour >= tokens.Count || consumed[neighbour] || tokens[neighbour].IsHan) continue;
            var word = tokens[neighbour].Text;
            if (word.Length < 2 || FunctionWords.Latin.Contains(word) || IntentLexicon.CommonWords.Contains(word) || _latinWords.Contains(word)) continue;
            var typed = before ? word + match.Key : match.Key + word;
            foreach (var (key, entityId) in _entityKeys)
            {
                if (entityId == match.Target.Id || key.Length <= match.Key.Length) continue;
                if (!(before ? key.EndsWith(match.Key, StringComparison.Ordinal) : key.StartsWith(match.Key, StringComparison.Ordinal))) continue;
                if (FuzzyCorrector.Ratio(typed, key) >= FuzzyCorrector.NearMissScore) return entityId;
            }
        }

        return null;
    }

    private string? HanNearMiss(AliasMatch match, string leftover)
    {
        foreach (var (key, entityId) in _entityKeys)
        {
            if (entityId == match.Target.Id || key.Length <= match.Key.Length || !key.Contains(match.Key, StringComparison.Ordinal)) continue;
            var rest = key.Replace(match.Key, "", StringComparison.Ordinal);
            if (rest.All(c => leftover.Contains(c))) return entityId;
        }

        return null;
    }

    /// <summary>First claim wins, except that metrics may share a word; the validator rejects every other clash.</summary>
    private static void Claim(Dictionary<string, List<AliasTarget>> index, string key, AliasTarget target)
    {
        if (!index.TryGetValue(key, out var targets)) index[key] = [target];
        else if (target.Kind == AliasTargetKind.Metric && targets.All(t => t.Kind == AliasTargetKind.Metric) && !targets.Contains(target)) targets.Add(target);
    }

    private static bool LatinSpanFree(IReadOnlyList<Token> tokens, bool[] consumed, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            if (consumed[k] || tokens[k].IsHan) return false;
        }

        return true;
    }

    private void Add(string alias, AliasTarget target, bool fuzzy)
    {
        var normalized = TextNormalizer.Normalize(alias);
        var key = normalized.Replace(" ", "", StringComparison.Ordinal);
        if (key.Length == 0) return;

        if (target.Kind == AliasTargetKind.Entity) _entityKeys.Add((key, target.Id));
        if (TextNormalizer.IsHan(key[0]))
        {
            Claim(_han, key, target);
            _maxHanLength = Math.Max(_maxHanLength, key.Length);
            return;
        }

        Claim(_latin, key, target);
        var words = normalized.Split(' ');
        _maxLatinTokens = Math.Max(_maxLatinTokens, words.Length);
        foreach (var word in words)
        {
            _latinWords.Add(word);
            // Short words are too easy to hit by accident ("ark" -> "lark"): fuzzy matching only reaches long ones.
            if (fuzzy && word.Length >= FuzzyCorrector.MinimumWordLength) _fuzzyWords.Add(word);
        }
    }
}
