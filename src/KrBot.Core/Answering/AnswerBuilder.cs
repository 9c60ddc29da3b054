using KrBot.Core.Knowledge;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>
/// Collects paragraphs, numbers citations by source in order of first use, and builds the answer in
/// <see cref="Language"/>, whose words the answering code asks for (English when none is given).
/// </summary>
public sealed class AnswerBuilder(FactBase facts, Language? language = null)
{
    private readonly List<Paragraph> _paragraphs = [];
    private readonly List<(Source Source, List<string> FactIds)> _citations = [];
    private readonly List<Suggestion> _suggestions = [];
    private bool _inferredYear;

    public FactBase Facts { get; } = facts;

    public Language Language { get; } = language ?? Language.English;

    public int ParagraphCount => _paragraphs.Count;

    public AnswerBuilder Add(ParagraphStyle style, params Span[] spans)
    {
        _paragraphs.Add(new Paragraph(spans, style));
        return this;
    }

    public AnswerBuilder Add(params Span[] spans) => Add(ParagraphStyle.Normal, spans);

    public AnswerBuilder Text(string text, ParagraphStyle style = ParagraphStyle.Normal) => Add(style, new TextSpan(text));

    /// <summary>Registers the fact's source and returns the mark to put after the sentence that uses it.</summary>
    public CitationMark Cite(Fact fact)
    {
        var index = _citations.FindIndex(c => c.Source.Id == fact.SourceId);
        if (index < 0)
        {
            _citations.Add((Facts.Source(fact.SourceId), []));
            index = _citations.Count - 1;
        }

        if (!_citations[index].FactIds.Contains(fact.Id)) _citations[index].FactIds.Add(fact.Id);
        return new CitationMark(index + 1);
    }

    /// <summary>The answer shows a date whose year the source does not give: it gets one line saying so.</summary>
    public void MarkInferredYear() => _inferredYear = true;

    public AnswerBuilder Suggest(string label, string question)
    {
        // Telegram shows a handful of buttons well; more is noise.
        if (_suggestions.Count < 6 && _suggestions.All(s => s.Question != question)) _suggestions.Add(new Suggestion(label, question));
        return this;
    }

    /// <summary>A one-sentence reply that states no fact: a refusal, a confirmation, a hint.</summary>
    public static Answer Notice(FactBase facts, string text, Language? language = null) =>
        new AnswerBuilder(facts, language).Text(text).Build(Query.Of(text, Intent.Help));

    /// <summary>The answer, every piece of text in the language's script.</summary>
    public Answer Build(Query query)
    {
        var paragraphs = _paragraphs.ToList();
        if (_inferredYear) paragraphs.Add(new Paragraph([new TextSpan(Language.InferredYearNote)], ParagraphStyle.Normal));
        var citations = _citations.Select((c, i) => new Citation(i + 1, c.Source, c.FactIds.ToList())).ToList();
        var suggestions = _suggestions.ToList();
        if (Language.ConvertsScript)
        {
            paragraphs = paragraphs.Select(InScript).ToList();
            suggestions = suggestions.Select(s => s with { Label = Language.Script(s.Label) }).ToList();
        }

        return new(query, paragraphs, citations, suggestions) { Language = Language };
    }

    private Paragraph InScript(Paragraph paragraph) =>
        paragraph with { Spans = paragraph.Spans.Select(s => s is CitationMark ? s : s with { Text = Language.Script(s.Text) }).ToList() };
}
