using FuzzySharp.SimilarityRatio;
using FuzzySharp.SimilarityRatio.Scorer;
using FuzzySharp.SimilarityRatio.Scorer.StrategySensitive;
using FuzzyProcess = FuzzySharp.Process;

namespace KrBot.Core.Understanding;

/// <summary>
/// Corrects typos in the words no alias matched exactly ("dingtlak" -> "dingtalk"), using FuzzySharp's plain
/// ratio on words of similar length only. Not WeightedRatio: it switches to partial matching when lengths differ
/// and scores "wechat" 90 against "wechat work". Candidates are bucketed by length once, so a question pays for a
/// few comparisons, not for the whole vocabulary.
/// </summary>
public sealed class FuzzyCorrector
{
    public const int MinimumWordLength = 5;

    /// <summary>At or above this score a correction is taken as meant.</summary>
    public const int AcceptScore = 80;

    /// <summary>Between this and <see cref="AcceptScore"/> we ask "did you mean" instead of guessing.</summary>
    public const int SuggestScore = 78;

    /// <summary>Two candidates closer than this are a tie: ask, do not pick.</summary>
    public const int AmbiguityGap = 5;

    /// <summary>A name typed with its last part misspelt ("wechatworkk" for "wechatwork") scores at least this.</summary>
    public const int NearMissScore = 80;

    private const int LengthSlack = 2;

    private static readonly IRatioScorer Scorer = ScorerCache.Get<DefaultRatioScorer>();
    private readonly Dictionary<int, string[]> _byLength;

    public FuzzyCorrector(IEnumerable<string> vocabulary)
    {
        _byLength = vocabulary
            .GroupBy(w => w.Length)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>FuzzySharp's plain ratio (0-100) of two normalized strings.</summary>
    public static int Ratio(string a, string b) => Scorer.Score(a, b);

    /// <summary>The best one or two vocabulary words for <paramref name="word"/>, best first; empty when none is close.</summary>
    public IReadOnlyList<FuzzyCandidate> Candidates(string word)
    {
        if (word.Length < MinimumWordLength) return [];

        var pool = new List<string>();
        for (var length = word.Length - LengthSlack; length <= word.Length + LengthSlack; length++)
        {
            if (_byLength.TryGetValue(length, out var words)) pool.AddRange(words);
        }

        if (pool.Count == 0) return [];

        // Our own processor (identity: input is already normalized); FuzzySharp's default would erase non-ASCII.
        return FuzzyProcess.ExtractTop(word, pool, static s => s, Scorer, limit: 2, cutoff: SuggestScore)
            .Select(r => new FuzzyCandidate(r.Value, r.Score))
            .ToList();
    }
}

public sealed record FuzzyCandidate(string Word, int Score);
