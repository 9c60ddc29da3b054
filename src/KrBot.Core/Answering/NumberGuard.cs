using KrBot.Core.Knowledge;
using KrBot.Core.Languages;

namespace KrBot.Core.Answering;

/// <summary>
/// The promise "never state a number that is not in the fact base", checked: every number in an answer's
/// claims must appear in a fact it cites (figure, date, statement, note, source line), in a computed span,
/// in the question itself (echoing "2019" back is not a claim), or in a source's title. Commands and examples are not claims.
/// A fact counts as written in the answer's language and as written in the fact base (English): "3亿" is backed by
/// a cited 300 million, "2020年3月31日" by a cited 31 March 2020. Figures compare by value, scale included, so a cited
/// "300 million" does not back "300万" (3 million) or "300 billion".
/// </summary>
public static class NumberGuard
{
    /// <summary>The numbers that break the promise (their digits, as written); empty when the answer is clean.</summary>
    public static IReadOnlyList<string> Violations(Answer answer, FactBase facts)
    {
        var cited = answer.Citations.SelectMany(c => c.FactIds).Select(id => facts.FindFact(id)).OfType<Fact>().ToList();
        var languages = new[] { Language.English, answer.Language }.Distinct().ToList();
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in cited)
        {
            var source = facts.Source(fact.SourceId);
            foreach (var words in languages)
            {
                foreach (var text in new[] { words.Figure(fact), words.Date(fact.AsOf), words.Statement(fact), words.Note(fact), words.SaidBy(fact), words.SourceLine(source) })
                    AddNumbers(text, allowed);
            }
        }

        AddNumbers(answer.Query.Text, allowed);
        // Naming a source ("KEY STAT | 220 million people…") quotes its title; it does not state a figure.
        foreach (var words in languages)
        {
            foreach (var source in facts.Sources) AddNumbers(words.SourceLine(source), allowed);
        }

        var violations = new List<string>();
        foreach (var span in answer.Paragraphs.SelectMany(p => p.Spans))
        {
            if (span is CommandSpan or CitationMark or ComputedSpan) continue;
            violations.AddRange(NumberTokens.In(span.Text).Where(n => !allowed.Contains(n.Value)).Select(n => n.Digits));
        }

        foreach (var span in answer.Paragraphs.SelectMany(p => p.Spans).OfType<ComputedSpan>())
        {
            // A computed number must name the facts it came from, and they must be cited.
            if (span.FactIds.Count == 0 || span.FactIds.Any(id => cited.All(f => f.Id != id))) violations.Add(span.Text);
        }

        return violations;
    }

    private static void AddNumbers(string? text, HashSet<string> into)
    {
        foreach (var n in NumberTokens.In(text)) into.Add(n.Value);
    }
}
