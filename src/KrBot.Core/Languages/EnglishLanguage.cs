using System.Globalization;
using KrBot.Core.Knowledge;

namespace KrBot.Core.Languages;

/// <summary>English: the fact base's own language, so names, statements and notes are read as written.</summary>
internal sealed partial class EnglishLanguage : Language
{
    private static readonly string[] SmallCounts = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public override string Code => "en";

    public override string Name(Entity entity) => entity.Name;

    public override string MetricName(Metric metric) => metric.Name;

    public override string Measure(Metric metric) => metric.Kind switch
    {
        MetricKind.Count => metric.Unit ?? metric.Name,
        MetricKind.Share => metric.Name,
        _ => $"({metric.Name})",
    };

    public override string MetricWord(Metric metric) => metric.Aliases.FirstOrDefault() ?? metric.Name;

    public override string Figure(Quantity quantity) => quantity.Format();

    public override string? Words(Fact fact) => fact.Words;

    public override string Date(AsOf asOf) => asOf.Describe();

    public override string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public override string? Statement(Fact fact) => fact.Statement;

    public override string? Note(Fact fact) => fact.Note;

    public override string? SaidBy(Fact fact) => fact.SaidBy;

    public override string SourceLine(Source source) => source.Describe();

    public override string Subject(string name) => name + ": ";

    public override string FigureTail(string measure, string when) => $" {measure}, {when}";

    public override string DatedLead(string date) => char.ToUpperInvariant(date[0]) + date[1..] + ": ";

    public override string AccordingTo(string who) => $" (according to {who})";

    public override string TrimStop(string sentence) => sentence.TrimEnd('.');

    public override bool EndsWithStop(string text) => text.TrimEnd().EndsWith('.');

    public override string SentenceEnd(bool endsWithStop) => endsWithStop ? " " : ". ";

    public override string Undated => "date not given by the source";

    public override string ExpectedFor(string date) => $"expected for {date} (a forecast, not a measurement)";

    public override string AsOfDate(string date) => $"as of {date}";

    public override string InPeriod(string date) => $"in {date}";

    public override string InferredYearNote => "* The source gives this date without its year; the year comes from the article’s context.";

    public override string Count(int n) => n >= 0 && n < SmallCounts.Length ? SmallCounts[n] : "many";

    public override string List(IEnumerable<string> items) => Join(items, ", ", " and ");

    public override string Or(IEnumerable<string> items) => Join(items, " or ", " or ");
}
