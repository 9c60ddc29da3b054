using System.Globalization;
using System.Text;

namespace KrBot.Core.Understanding;

/// <summary>
/// The one place that decides what text "looks the same": NFKC (full-width letters become ASCII), lower case,
/// letters and digits of every script kept, everything else a space, and a space between Han and Latin runs so
/// "钉钉users" is two tokens. FuzzySharp's default processor keeps only [a-zA-Z0-9 ] and would erase Chinese.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        var previous = CharClass.Space;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            // "WeChat's" is about WeChat: drop a possessive 's rather than leave a stray "s" token.
            if (c is '\'' or '’' && i + 1 < folded.Length && folded[i + 1] is 's' or 'S' && (i + 2 == folded.Length || !char.IsLetterOrDigit(folded[i + 2])))
            {
                i++;
                continue;
            }

            var cls = Classify(c);
            if (cls == CharClass.Space)
            {
                if (previous != CharClass.Space) sb.Append(' ');
            }
            else
            {
                if (previous != CharClass.Space && previous != cls) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
            }

            previous = cls;
        }

        return sb.ToString().Trim();
    }

    /// <summary>The key an alias is indexed under: normalized, spaces removed, so "Ding Talk" and "dingtalk" meet.</summary>
    public static string AliasKey(string alias) => Normalize(alias).Replace(" ", "", StringComparison.Ordinal);

    public static bool IsHan(char c) => Classify(c) == CharClass.Han;

    private static CharClass Classify(char c)
    {
        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF') return CharClass.Han;
        if (char.IsLetterOrDigit(c)) return CharClass.Word;
        // Hyphens and dots inside names ("JD.com", "Q1-2020") split tokens like any punctuation.
        return CharClass.Space;
    }

    private enum CharClass
    {
        Space,
        Word,
        Han,
    }
}
