using System.Text.RegularExpressions;

namespace KrBot.Core.Knowledge;

/// <summary>
/// Checks that a fact says what its quote says: a count above zero, the value (with its scale and currency) in
/// the quote in any usual writing, and a figure in words in the quote's own words. A figure that fails here would
/// be stated by the bot with the quote's citation beside it.
/// </summary>
internal static partial class FactMeaningChecks
{
    public static void Check(IEnumerable<(Fact Fact, YamlRecord Record)> facts, IReadOnlyDictionary<string, Metric> metrics)
    {
        foreach (var (fact, record) in facts)
        {
            if (fact.Quote.Length == 0) continue;
            if (fact.Quantity is { } quantity)
            {
                var kind = metrics.GetValueOrDefault(fact.MetricId)?.Kind;
                if (kind == MetricKind.Count && quantity.Value <= 0)
                    record.Report("value", $"a count must be more than zero, not {quantity.Format()}");
                else if (FigureProblem(quantity, fact.Quote) is { } problem)
                    record.Report(quantity.Currency is not null && problem.Contains("currency", StringComparison.Ordinal) ? "currency" : "value", problem);
            }

            if (fact.Words is { } words && !Loose(fact.Quote).Contains(Loose(words), StringComparison.Ordinal))
                record.Report("words", $"the quote does not say “{words}”: “words” must be the quote's own words");
        }
    }

    /// <summary>Why the quote does not back the figure, or null when it does.</summary>
    private static string? FigureProblem(Quantity quantity, string quote)
    {
        var figures = QuoteFigures.In(quote);
        // A loss is written as a plain amount ("a loss of USD 5 million"): the sign is the fact's, not the quote's.
        var same = figures.Where(f => f.Absolute == Math.Abs(quantity.Absolute)).ToList();
        if (same.Count == 0)
        {
            // Name the amounts, not every day and year the sentence mentions.
            var amounts = figures.Where(f => f.Scale is not null || f.Currency is not null).ToList() is { Count: > 0 } scaled ? scaled : figures;
            return amounts.Count == 0
                ? $"the quote gives no figure, so it cannot back {quantity.Format()}: quote the sentence that gives the number"
                : $"the quote gives {string.Join(", ", amounts.Select(f => $"“{f.Text}”").Distinct().Take(4))}, not {quantity.Format()}: check “value” and “scale”";
        }

        if (quantity.Currency is not { } currency) return null;
        var code = QuoteFigures.CurrencyCode(currency);
        if (same.Any(f => f.Currency == code)) return null;
        return same.FirstOrDefault(f => f.Currency is not null) is { } other
            ? $"the quote gives “{other.Text}”: the currency is {other.Currency}, not {currency}"
            : $"the quote gives “{same[0].Text}” without a currency, so it cannot back the currency {currency}";
    }

    /// <summary>Lower case, with hyphens and runs of spaces as one space: "One-fifth" is "one fifth".</summary>
    private static string Loose(string text) => Separators().Replace(text.ToLowerInvariant(), " ");

    [GeneratedRegex(@"[\s\-‐‑–]+")]
    private static partial Regex Separators();
}
