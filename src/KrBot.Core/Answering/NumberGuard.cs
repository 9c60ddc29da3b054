using System.Text.RegularExpressions;
using KrBot.Core.Knowledge;

namespace KrBot.Core.Answering;

/// <summary>
/// The promise "never state a number that is not in the fact base", checked: every number in an answer's
/// claims must appear in a fact it cites (figure, date, statement, note, source line), in a computed span,
/// in the question itself (echoing "2019" back is not a claim), or in a source's title. Commands and examples are not claims.
/// </summary>
public static partial class NumberGuard
{
    /// <summary>The numbers that break the promise; empty when the answer is clean.</summary>
    public static IReadOnlyList<string> Violations(Answer answer, FactBase facts)
    {
        var cited = answer.Citations.SelectMany(c => c.FactIds).Select(id => facts.FindFact(id)).OfType<Fact>().ToList();
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in cited)
        {
            var source = facts.Source(fact.SourceId);
            foreach (var text in new[] { FactPhrases.Figure(fact), fact.AsOf.Describe(), fact.Statement, fact.Note, fact.SaidBy, source.Describe() })
                AddNumbers(text, allowed);
        }

        AddNumbers(answer.Query.Text, allowed);
        // Naming a source ("KEY STAT | 220 million people…") quotes its title; it does not state a figure.
        foreach (var source in facts.Sources) AddNumbers(source.Describe(), allowed);
        var violations = new List<string>();
        foreach (var span in answer.Paragraphs.SelectMany(p => p.Spans))
        {
            if (span is CommandSpan or CitationMark or ComputedSpan) continue;
            violations.AddRange(Numbers(span.Text).Where(n => !allowed.Contains(n)));
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
        if (text is null) return;
        foreach (var n in Numbers(text)) into.Add(n);
    }

    // "01" in a date and "1" in prose are the same number: compare without thousands separators and leading zeros.
    private static IEnumerable<string> Numbers(string text) =>
        NumberPattern().Matches(text).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal).TrimStart('0') is { Length: > 0 } n ? n : "0");

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex NumberPattern();
}
