using System.Globalization;
using System.Text.RegularExpressions;

namespace KrBot.Core.Knowledge;

/// <summary>A number a text states: <see cref="Text"/> as written, <see cref="Value"/> comparable across writings.</summary>
internal readonly record struct NumberToken(string Text, string Digits, string Value);

/// <summary>
/// The numbers a text states, each with a value that compares across writings and languages: "300 million", "3亿"
/// and "30000万" are all 300000000 (in either script: 3億), and "6.4 billion" is "64亿". A number without a scale is its digits, without
/// thousands separators and leading zeros ("01" in a date and "1" in prose are the same number). Shared by the
/// number guard, which holds answers to the facts they cite, and the checks that hold translations to their source.
/// </summary>
internal static partial class NumberTokens
{
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m, ["million"] = 1e6m, ["billion"] = 1e9m, ["trillion"] = 1e12m,
        ["万"] = 1e4m, ["百万"] = 1e6m, ["千万"] = 1e7m, ["亿"] = 1e8m, ["万亿"] = 1e12m,
    };

    public static IEnumerable<NumberToken> In(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in Pattern().Matches(text))
        {
            var number = m.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
            var digits = number.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
            var value = digits;
            // Traditional text writes 萬 and 億.
            if (m.Groups["scale"] is { Success: true } written
                && Scales.TryGetValue(written.Value.Replace('萬', '万').Replace('億', '亿'), out var scale)
                && decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
                && parsed <= decimal.MaxValue / scale)
            {
                value = (parsed * scale).ToString("0.############", CultureInfo.InvariantCulture);
            }

            yield return new NumberToken(m.Value, digits, value);
        }
    }

    [GeneratedRegex(@"(?<number>\d+(?:[.,]\d+)*)(?:\s?(?<scale>thousand|million|billion|trillion)(?![A-Za-z])|(?<scale>[万萬][亿億]|千[万萬]|百[万萬]|[亿億]|[万萬]))?", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
