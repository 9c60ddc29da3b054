using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KrBot.FakeBotApi;

/// <summary>
/// Checks text in Telegram's HTML parse mode and yields the plain text Telegram would keep. Stricter than
/// Telegram where that catches a bug: any '&amp;' outside an entity is an error, so text the bot forgot to escape
/// fails here even when Telegram might have let it through. A bare '&gt;' is fine, as it is for Telegram.
/// </summary>
internal static partial class TelegramHtml
{
    // Telegram's tags and their synonyms; a, span and tg-emoji are checked for their attribute below.
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "blockquote", "tg-spoiler", "span", "tg-emoji"];

    public static bool TryParse(string html, [NotNullWhen(true)] out string? plainText, [NotNullWhen(false)] out string? error)
    {
        var text = new StringBuilder(html.Length);
        var open = new Stack<string>();
        plainText = null;
        var i = 0;
        while (i < html.Length)
        {
            switch (html[i])
            {
                case '<':
                    var end = html.IndexOf('>', i);
                    if (end < 0)
                    {
                        error = $"Unclosed start tag at byte offset {ByteOffset(html, i)}";
                        return false;
                    }

                    if (!TryTag(html[(i + 1)..end], open, out error))
                    {
                        error = $"{error} at byte offset {ByteOffset(html, i)}";
                        return false;
                    }

                    i = end + 1;
                    break;
                case '&':
                    if (!TryEntity(html, i, text, out var length))
                    {
                        error = $"Character '&' is reserved and must be escaped as \"&amp;\" at byte offset {ByteOffset(html, i)}";
                        return false;
                    }

                    i += length;
                    break;
                default:
                    text.Append(html[i++]);
                    break;
            }
        }

        if (open.Count > 0)
        {
            error = $"Can't find end tag corresponding to start tag \"{open.Peek()}\"";
            return false;
        }

        plainText = text.ToString();
        error = null;
        return true;
    }

    private static bool TryTag(string tag, Stack<string> open, [NotNullWhen(false)] out string? error)
    {
        if (tag.StartsWith('/'))
        {
            var closing = tag[1..].Trim().ToLowerInvariant();
            if (!open.TryPeek(out var expected) || expected != closing)
            {
                error = expected is null
                    ? $"Unexpected end tag \"</{closing}>\""
                    : $"Unmatched end tag, expected \"</{expected}>\", found \"</{closing}>\"";
                return false;
            }

            open.Pop();
            error = null;
            return true;
        }

        var nameLength = tag.AsSpan().IndexOfAny(" \t\r\n");
        var name = (nameLength < 0 ? tag : tag[..nameLength]).ToLowerInvariant();
        var attributes = Attributes(nameLength < 0 ? "" : tag[nameLength..]);
        var supported = Tags.Contains(name)
            && (name != "a" || attributes.ContainsKey("href"))
            && (name != "span" || attributes.GetValueOrDefault("class") == "tg-spoiler")
            && (name != "tg-emoji" || attributes.ContainsKey("emoji-id"));
        if (!supported)
        {
            error = $"Unsupported start tag \"{name}\"";
            return false;
        }

        open.Push(name);
        error = null;
        return true;
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in AttributePattern().Matches(text))
        {
            attributes[match.Groups["name"].Value] = match.Groups["value"].Value;
        }

        return attributes;
    }

    private static bool TryEntity(string html, int start, StringBuilder text, out int length)
    {
        var match = EntityPattern().Match(html, start);
        length = match.Length;
        if (!match.Success)
        {
            return false;
        }

        var name = match.Groups["name"].Value;
        var code = name switch
        {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => hex,
            _ when name.StartsWith('#') && int.TryParse(name.AsSpan(1), CultureInfo.InvariantCulture, out var dec) => dec,
            _ => -1,
        };
        if (code is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return false;
        }

        text.Append(char.ConvertFromUtf32(code));
        return true;
    }

    // Telegram reports positions in UTF-8 bytes.
    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    [GeneratedRegex("""(?<name>[A-Za-z][\w-]*)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'>]+))""")]
    private static partial Regex AttributePattern();

    // \G anchors the match where the scan starts.
    [GeneratedRegex(@"\G&(?<name>[A-Za-z]{2,4}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")]
    private static partial Regex EntityPattern();
}
