using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Digests;

/// <summary>
/// (fact base, local date, what the chat saw before) -> a short digest: what is new since the last one, a stat of
/// the day that rotates through the figures (never the same twice in a row), and one comparison. Pure: the same
/// inputs give the same digest, every number cited as in any answer, in the language asked for (English by default).
/// </summary>
public sealed class DigestComposer(FactBase facts)
{
    private const int MaxNewFacts = 5;
    private readonly FactSelector _selector = FactSelector.Of(facts);
    private readonly ComparisonAnswers _comparisons = new(FactSelector.Of(facts));
    private readonly IReadOnlyList<Fact> _figures = facts.Facts.Where(f => f.HasFigure).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();

    public Digest Compose(DateOnly localDate, DigestHistory history, Language? language = null)
    {
        var query = Query.Of($"/digest {localDate:yyyy-MM-dd}", Intent.Overview);
        var answer = new AnswerBuilder(facts, language);
        answer.Text(answer.Language.DigestHeading(localDate), ParagraphStyle.Heading);

        NewFacts(answer, history);
        var stat = StatOfTheDay(answer, history);
        Comparison(answer, history.DigestsSent, stat);
        answer.Suggest(answer.Language.SourcesLabel, "/sources");

        var seen = facts.Facts.Select(f => f.Id).ToList();
        return new Digest(answer.Build(query), new DigestHistory(seen, stat?.Id ?? history.LastStatFactId, history.DigestsSent + 1));
    }

    private void NewFacts(AnswerBuilder answer, DigestHistory history)
    {
        // The first digest would list everything: it says what the digest is instead.
        if (history.DigestsSent == 0)
        {
            answer.Text(answer.Language.DigestWelcome);
            return;
        }

        var seen = history.SeenFactIds.ToHashSet(StringComparer.Ordinal);
        var fresh = facts.Facts.Where(f => !seen.Contains(f.Id)).ToList();
        if (fresh.Count == 0)
        {
            answer.Text(answer.Language.NothingNew);
            return;
        }

        answer.Text(answer.Language.NewInFactBase);
        foreach (var fact in fresh.Take(MaxNewFacts)) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, fact));
        if (fresh.Count > MaxNewFacts) answer.Text(answer.Language.MoreNew(fresh.Count - MaxNewFacts));
    }

    /// <summary>The figure after yesterday's, in a fixed order, so every figure comes round and none repeats back to back.</summary>
    private Fact? StatOfTheDay(AnswerBuilder answer, DigestHistory history)
    {
        if (_figures.Count == 0) return null;
        var last = _figures.ToList().FindIndex(f => f.Id == history.LastStatFactId);
        var stat = _figures[(last + 1) % _figures.Count];
        answer.Text(answer.Language.StatOfTheDay);
        answer.Add(FactPhrases.Sentence(answer, stat));
        if (answer.Language.Note(stat) is { } note) answer.Text(note);
        return stat;
    }

    /// <summary>
    /// One comparison of two entities that both have a user figure, rotating through the pairs, and preferring a
    /// pair that does not repeat the stat of the day.
    /// </summary>
    private void Comparison(AnswerBuilder answer, int digestsSent, Fact? stat)
    {
        var entities = _selector.EntitiesWith("users");
        var pairs = entities.SelectMany((a, i) => entities.Skip(i + 1).Select(b => (a, b))).ToList();
        if (pairs.Count == 0) return;
        var rotated = pairs.Skip(digestsSent % pairs.Count).Concat(pairs.Take(digestsSent % pairs.Count)).ToList();
        var (first, second) = rotated.FirstOrDefault(p => p.a != stat?.EntityId && p.b != stat?.EntityId, rotated[0]);
        answer.Text(answer.Language.ComparisonHeading);
        _comparisons.Compare(answer, new Query($"/compare {first} {second}", Intent.Compare, [first, second], null, null, 1, [], null));
    }
}
