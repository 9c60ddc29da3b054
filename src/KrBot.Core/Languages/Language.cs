using KrBot.Core.Answering;
using KrBot.Core.Knowledge;

namespace KrBot.Core.Languages;

/// <summary>
/// How replies read in one language: names, figures and dates of the fact base, and every sentence the bot says.
/// Code decides what to say (which facts, which caution, which figure is cited); a language decides the words.
/// One class per language holds all of its wording (<see cref="EnglishLanguage"/>, <see cref="ChineseLanguage"/>),
/// split in parts: the fact base (this file's first group), answers, and host notices.
/// </summary>
public abstract partial class Language
{
    public static Language English { get; } = new EnglishLanguage();

    public static Language SimplifiedChinese { get; } = new ChineseLanguage(traditional: false);

    public static Language TraditionalChinese { get; } = new ChineseLanguage(traditional: true);

    /// <summary>The BCP 47 tag <c>ask --json</c> reports: "en", "zh-Hans" or "zh-Hant".</summary>
    public abstract string Code { get; }

    public virtual bool IsChinese => false;

    public override string ToString() => Code;

    /// <summary>Whether <see cref="Script"/> changes text at all; answers in other languages skip the pass.</summary>
    public virtual bool ConvertsScript => false;

    /// <summary>The text in this language's script: traditional Chinese converts, everything else stays as it is.</summary>
    public virtual string Script(string text) => text;

    // The fact base, in this language.
    public abstract string Name(Entity entity);

    public abstract string MetricName(Metric metric);

    /// <summary>What follows a figure: "users", "(market size)".</summary>
    public abstract string Measure(Metric metric);

    /// <summary>The word to ask for the metric with, in an example question.</summary>
    public abstract string MetricWord(Metric metric);

    /// <summary>The figure as a reader of this language writes it: "300 million" / "3亿", "one-fifth" / "五分之一".</summary>
    public string Figure(Fact fact) => fact.Quantity is { } quantity ? Figure(quantity) : Words(fact) ?? "";

    public abstract string Figure(Quantity quantity);

    public abstract string? Words(Fact fact);

    /// <summary>The date at its precision: "31 March 2020" / "2020年3月31日", "early March 2020" / "2020年3月上旬".</summary>
    public abstract string Date(AsOf asOf);

    public abstract string Date(DateOnly date);

    public abstract string? Statement(Fact fact);

    public abstract string? Note(Fact fact);

    public abstract string? SaidBy(Fact fact);

    /// <summary>One line a reader can look up: publisher, title (as published), author, date when known.</summary>
    public abstract string SourceLine(Source source);

    // How one fact reads (FactPhrases puts these together).
    public abstract string Subject(string name);

    public abstract string FigureTail(string measure, string when);

    public abstract string DatedLead(string date);

    public abstract string AccordingTo(string who);

    public abstract string TrimStop(string sentence);

    public abstract bool EndsWithStop(string text);

    /// <summary>What closes a sentence before its citation mark.</summary>
    public abstract string SentenceEnd(bool endsWithStop);

    public abstract string Undated { get; }

    public abstract string ExpectedFor(string date);

    public abstract string AsOfDate(string date);

    public abstract string InPeriod(string date);

    /// <summary>The line under an answer that shows a date marked <see cref="FactPhrases.InferredYearMark"/>.</summary>
    public abstract string InferredYearNote { get; }

    // Counting and listing in running text: small counts are spelled out, so the only digits are cited figures.
    public abstract string Count(int n);

    /// <summary>"A, B and C" / "A、B和C".</summary>
    public abstract string List(IEnumerable<string> items);

    /// <summary>"A or B" / "A还是B".</summary>
    public abstract string Or(IEnumerable<string> items);

    /// <summary>"A, B and C": <paramref name="separator"/> between all but the last two, <paramref name="last"/> before the last.</summary>
    protected static string Join(IEnumerable<string> items, string separator, string last)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(separator, list.Take(list.Count - 1)) + last + list[^1],
        };
    }
}
