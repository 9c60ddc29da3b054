using System.Globalization;
using System.Text.RegularExpressions;

namespace KrBot.Core.Knowledge;

/// <summary>
/// Finds the figures a sentence gives, in the usual writings: 300 million, 300m, 300 mn, 300,000,000, 3亿, 300万,
/// 60k, 6.4 billion, 6.4bn, USD 6.4 billion, US$6.4 billion, $6.4bn, RMB 5 billion, 5 billion yuan. A number
/// glued to Latin letters ("Q1", "300members") is no figure; Chinese needs no spaces ("达到3亿").
/// </summary>
internal static partial class QuoteFigures
{
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m, ["k"] = 1e3m, ["千"] = 1e3m, ["万"] = 1e4m, ["百万"] = 1e6m,
        ["million"] = 1e6m, ["m"] = 1e6m, ["mn"] = 1e6m, ["mln"] = 1e6m, ["千万"] = 1e7m, ["亿"] = 1e8m,
        ["billion"] = 1e9m, ["bn"] = 1e9m, ["b"] = 1e9m, ["trillion"] = 1e12m, ["tn"] = 1e12m, ["万亿"] = 1e12m,
    };

    // Every way of writing a currency we know, by its ISO code; any other three capitals are taken as a code.
    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["US$"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["US dollars"] = "USD", ["美元"] = "USD",
        ["RMB"] = "CNY", ["¥"] = "CNY", ["yuan"] = "CNY", ["元"] = "CNY", ["人民币"] = "CNY",
        ["HK$"] = "HKD", ["港元"] = "HKD", ["€"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["£"] = "GBP",
    };

    public static IReadOnlyList<QuotedFigure> In(string text)
    {
        var figures = new List<QuotedFigure>();
        foreach (Match m in Figure().Matches(text))
        {
            var number = decimal.Parse(m.Groups["number"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
            var scale = m.Groups["scale"] is { Success: true } s ? s.Value : null;
            var multiplier = scale is null ? 1m : Scales[scale];
            if (number > decimal.MaxValue / multiplier) continue;
            var currency = m.Groups["before"] is { Success: true } before ? before.Value : m.Groups["after"] is { Success: true } after ? after.Value : null;
            figures.Add(new QuotedFigure(m.Value.Trim(), number, scale, number * multiplier, currency is null ? null : CurrencyCode(currency)));
        }

        return figures;
    }

    /// <summary>The ISO code for a way of writing a currency: "US$" and "USD" are both USD.</summary>
    public static string CurrencyCode(string written) => Currencies.GetValueOrDefault(written.Trim(), written.Trim().ToUpperInvariant());

    [GeneratedRegex("""
        (?<![A-Za-z\d.,$])
        (?:(?<before>US\$|HK\$|[$¥€£]|RMB|(?-i:[A-Z]{3}))\s?)?
        (?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:\s?-?\s?(?<scale>thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])(?![A-Za-z])|\s?(?<scale>万亿|千万|百万|亿|万|千))?
        (?:\s?(?<after>US\s?dollars|dollars?|yuan|euros?|美元|元|人民币|港元|(?-i:[A-Z]{3}))(?![A-Za-z]))?
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Figure();
}
