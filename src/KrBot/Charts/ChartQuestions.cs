using KrBot.Core.Understanding;

namespace KrBot.Charts;

/// <summary>
/// Recognises a request for a chart: <c>/chart dingtalk wechatwork [measure]</c>, "chart dingtalk vs wechat work",
/// "图表 钉钉 企业微信". A chart is the comparison drawn, so the request reads as the comparison it draws.
/// </summary>
internal static class ChartQuestions
{
    public const string Command = "chart";

    private static readonly string[] LeadingWords = ["chart", "图表"];

    /// <summary>The comparison a chart request draws ("/compare dingtalk wechatwork"); null when the text asks for no chart.</summary>
    public static string? AsComparison(string text)
    {
        var trimmed = text.Trim();
        if (SlashCommand.TryParse(trimmed) is { } command)
        {
            return command.Name == Command ? $"/compare {command.Arguments}".TrimEnd() : null;
        }

        foreach (var word in LeadingWords)
        {
            if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = trimmed[word.Length..];
            // "chart" must be a word of its own ("charts of..." or "chartered" are not requests); Chinese has no spaces.
            if (rest.Length > 0 && char.IsAsciiLetter(word[0]) && !char.IsWhiteSpace(rest[0]) && rest[0] != ':') continue;
            return $"/compare {rest.TrimStart(':', '：', ' ')}".TrimEnd();
        }

        return null;
    }

    /// <summary>The command that draws a chart again, for a button: the entities' names (or ids), and the measure when one was named.</summary>
    public static string For(IReadOnlyList<string> names, string? measure) =>
        $"/{Command} {string.Join(' ', names)}" + (measure is null ? "" : $" {measure}");
}
