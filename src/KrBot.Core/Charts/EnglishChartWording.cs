using System.Globalization;
using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using KrBot.Core.Languages;

namespace KrBot.Core.Charts;

internal sealed class EnglishChartWording : ChartWording
{
    public static readonly EnglishChartWording Instance = new();

    // Names, figures and dates read as in the English answers.
    private static readonly Language Words = Language.English;

    public override string Entity(Entity entity) => Words.Name(entity);

    public override string Measure(Metric metric) => Words.MetricName(metric);

    public override string Figure(Fact fact) => Words.Figure(fact);

    public override string Date(Fact fact) => fact.AsOf.IsDated
        ? Capitalized(FactPhrases.DateOf(Words, fact)) + (fact.Forecast ? " (forecast)" : "")
        : "date not given";

    public override string Title(IReadOnlyList<string> entities, string measure) => $"{string.Join(" vs ", entities)}: {measure}";

    public override string Caution(Comparison comparison)
    {
        var reasons = new List<string>();
        if (comparison.CountsDifferentThings) reasons.Add("they count different things");
        if (comparison.HasUndated) reasons.Add("a figure has no date");
        else if (comparison.DifferentDates) reasons.Add("the dates differ");
        if (comparison.HasForecast) reasons.Add("a figure is a forecast");
        return "Not like for like: " + Words.List(reasons);
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];


    public override string MarkLegend => "hatched: not like for like";

    public override string InferredYearNote => FactPhrases.InferredYearMark + " the source gives this date without its year";

    public override string NotDrawn(string entity, string words, string measure) => $"{entity}: {words} {measure}, given only in words, so not drawn";

    public override string SourceLine(IReadOnlyList<Source> sources) =>
        "Source: " + string.Join("; ", sources.Select(s => s.Author is null ? s.Publisher : $"{s.Publisher}, by {s.Author}"));

    public override string ChartButton => "📊 Chart";

    public override string NothingToDraw => "A chart needs two or more figures given as numbers, so this one stays in words.";

    public override string Axis(double value, string? currency)
    {
        var (scaled, suffix) = Math.Abs(value) switch
        {
            >= 1e9 => (value / 1e9, "B"),
            >= 1e6 => (value / 1e6, "M"),
            >= 1e3 => (value / 1e3, "K"),
            _ => (value, ""),
        };
        var number = scaled.ToString("#,0.##", CultureInfo.InvariantCulture) + suffix;
        return currency is null ? number : $"{currency} {number}";
    }
}
