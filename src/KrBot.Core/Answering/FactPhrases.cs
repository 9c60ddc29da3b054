using KrBot.Core.Knowledge;
using KrBot.Core.Languages;

namespace KrBot.Core.Answering;

/// <summary>
/// How one fact reads: the figure or statement, its date at its own precision, who said it, and its citation.
/// Every answer that shows a fact goes through here, so a fact reads the same in every reply and digest; the
/// answer's language supplies the words.
/// </summary>
public static class FactPhrases
{
    /// <summary>The mark on a date whose year the source leaves out; <see cref="Language.InferredYearNote"/> explains it.</summary>
    public const string InferredYearMark = "*";

    /// <summary>"DingTalk: 300 million users, as of 31 March 2020* (according to DingTalk, in a press release). [1]"</summary>
    public static Span[] Sentence(AnswerBuilder answer, Fact fact, bool withSubject = true)
    {
        var words = answer.Language;
        var spans = new List<Span>();
        if (fact.YearFromContext && fact.AsOf.IsDated) answer.MarkInferredYear();
        if (words.Statement(fact) is { } statement)
        {
            if (fact.AsOf.IsDated) spans.Add(new TextSpan(words.DatedLead(DateOf(words, fact))));
            // The attribution goes inside the sentence: "… with WeChat (according to …). [1]"
            spans.Add(new TextSpan(fact.SaidBy is null ? statement : words.TrimStop(statement)));
        }
        else
        {
            if (withSubject) spans.Add(new TextSpan(words.Subject(words.Name(answer.Facts.Entity(fact.EntityId)))));
            spans.Add(new FigureSpan(words.Figure(fact), fact.Id));
            spans.Add(new TextSpan(words.FigureTail(words.Measure(answer.Facts.Metric(fact.MetricId)), When(words, fact))));
        }

        if (words.SaidBy(fact) is { } saidBy) spans.Add(new TextSpan(words.AccordingTo(saidBy)));
        spans.Add(new TextSpan(words.SentenceEnd(words.EndsWithStop(spans[^1].Text))));
        spans.Add(answer.Cite(fact));
        return spans.ToArray();
    }

    /// <summary>The date clause: "as of 31 March 2020", "in Q1 2020", "expected for 2020", "date not given by the source".</summary>
    public static string When(Language words, Fact fact)
    {
        if (!fact.AsOf.IsDated) return words.Undated;
        if (fact.Forecast) return words.ExpectedFor(DateOf(words, fact));
        return fact.AsOf.Precision switch
        {
            AsOfPrecision.Day or AsOfPrecision.YearEnd => words.AsOfDate(DateOf(words, fact)),
            _ => words.InPeriod(DateOf(words, fact)),
        };
    }

    /// <summary>The date at its precision, marked when its year is not in the source: "31 March 2020*", "2020年3月31日*".</summary>
    public static string DateOf(Language words, Fact fact) => words.Date(fact.AsOf) + (fact.YearFromContext ? InferredYearMark : "");
}
