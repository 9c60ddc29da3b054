using System.Text;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>
/// A reply, independent of where it is shown: Telegram renders it as HTML, the terminal as plain text,
/// <c>ask --json</c> as JSON, and digests are answers too.
/// </summary>
public sealed record Answer(Query Query, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Citation> Citations, IReadOnlyList<Suggestion> Suggestions)
{
    /// <summary>What a person reads, without markup: paragraphs, then one line per source.</summary>
    public string ToPlainText()
    {
        var sb = new StringBuilder();
        foreach (var paragraph in Paragraphs)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(paragraph.Prefix).Append(paragraph.PlainText);
        }

        if (Citations.Count > 0) sb.Append('\n');
        foreach (var citation in Citations) sb.Append('\n').Append($"[{citation.Number}] {citation.Source.Describe()}");
        return sb.ToString();
    }
}
