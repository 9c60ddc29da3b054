using KrBot.Core.Knowledge;

namespace KrBot.Core.Answering;

/// <summary>
/// How one fact reads: the figure or statement, its date at its own precision, who said it, and its citation.
/// Every answer that shows a fact goes through here, so a fact reads the same in every reply and digest.
/// </summary>
public static class FactPhrases
{
    /// <summary>The mark on a date whose year the source leaves out, and the line that explains it.</summary>
    public const string InferredYearMark = "*";

    public const string InferredYearNote = "* The source gives this date without its year; the year comes from the article’s context.";

    /// <summary>"DingTalk: 300 million users, as of 31 March 2020 (DingTalk, in a press release). [1]"</summary>
    public static Span[] Sentence(AnswerBuilder answer, Fact fact, bool withSubject = true)
    {
        var spans = new List<Span>();
        var entity = answer.Facts.Entity(fact.EntityId);
        var metric = answer.Facts.Metric(fact.MetricId);
        if (fact.YearFromContext && fact.AsOf.IsDated) answer.MarkInferredYear();
        if (fact.Statement is { } statement)
        {
            if (fact.AsOf.IsDated) spans.Add(new TextSpan(Capitalize(DateOf(fact)) + ": "));
            // The attribution goes inside the sentence: "… with WeChat (according to …). [1]"
            spans.Add(new TextSpan(fact.SaidBy is null ? statement : statement.TrimEnd('.')));
        }
        else
        {
            if (withSubject) spans.Add(new TextSpan(entity.Name + ": "));
            spans.Add(new FigureSpan(Figure(fact), fact.Id));
            spans.Add(new TextSpan(" " + Describe(metric, fact) + ", " + When(fact)));
        }

        if (fact.SaidBy is { } saidBy) spans.Add(new TextSpan($" (according to {saidBy})"));
        spans.Add(new TextSpan(EndsWithStop(spans) ? " " : ". "));
        spans.Add(answer.Cite(fact));
        return spans.ToArray();
    }

    /// <summary>The figure as the source gives it: "300 million", "USD 6.4 billion", "one-fifth".</summary>
    public static string Figure(Fact fact) => fact.Quantity?.Format() ?? fact.Words ?? "";

    /// <summary>The date clause: "as of 31 March 2020", "in Q1 2020", "expected for 2020", "date not given by the source".</summary>
    public static string When(Fact fact)
    {
        if (!fact.AsOf.IsDated) return "date not given by the source";
        if (fact.Forecast) return $"expected for {DateOf(fact)} (a forecast, not a measurement)";
        return fact.AsOf.Precision switch
        {
            AsOfPrecision.Day or AsOfPrecision.YearEnd => $"as of {DateOf(fact)}",
            _ => $"in {DateOf(fact)}",
        };
    }

    /// <summary>The date at its precision, marked when its year is not in the source: "31 March 2020*".</summary>
    public static string DateOf(Fact fact) => fact.AsOf.Describe() + (fact.YearFromContext ? InferredYearMark : "");

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Describe(Metric metric, Fact fact) => metric.Kind switch
    {
        MetricKind.Count => metric.Unit ?? metric.Name,
        MetricKind.Share => metric.Name,
        _ => $"({metric.Name})",
    };

    private static bool EndsWithStop(List<Span> spans) => spans[^1].Text.TrimEnd() is var t && (t.EndsWith('.') || t.EndsWith('。'));
}
