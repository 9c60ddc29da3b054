using System.Text;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>
/// A reply, independent of where it is shown: Telegram renders it as HTML, the terminal as plain text,
/// <c>ask --json</c> as JSON, and digests are answers too. Its words are in <see cref="Language"/>; its figures keep
/// the facts they come from, whatever the language.
/// </summary>
public sealed record Answer(Query Query, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Citation> Citations, IReadOnlyList<Suggestion> Suggestions)
{
    public Language Language { get; init; } = Language.English;

    /// <summary>"[1] KrASIA, “KEY STAT | …”, by Julianna Wu", in the answer's language.</summary>
    public string SourceLine(Citation citation) => $"[{citation.Number}] {Language.SourceLine(citation.Source)}";

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
        foreach (var citation in Citations) sb.Append('\n').Append(SourceLine(citation));
        return sb.ToString();
    }
}
