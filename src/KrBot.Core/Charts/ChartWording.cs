using KrBot.Core.Answering;
using KrBot.Core.Knowledge;

namespace KrBot.Core.Charts;

/// <summary>Every word a chart shows, in one language. One subclass per language; the builder decides what is said.</summary>
public abstract class ChartWording
{
    public static ChartWording For(ChartLanguage language) => language == ChartLanguage.Chinese ? ChineseChartWording.Instance : EnglishChartWording.Instance;

    public abstract string Entity(Entity entity);

    public abstract string Measure(Metric metric);

    /// <summary>The value written on a bar.</summary>
    public abstract string Figure(Fact fact);

    /// <summary>The date under a bar, marked when the source gives no year; says so when there is no date.</summary>
    public abstract string Date(Fact fact);

    public abstract string Title(IReadOnlyList<string> entities, string measure);

    /// <summary>Why the bars do not compare like for like, from the same decisions as the text's warnings.</summary>
    public abstract string Caution(Comparison comparison);

    public abstract string MarkLegend { get; }

    public abstract string InferredYearNote { get; }

    /// <summary>A figure the source gives only in words, which is not drawn.</summary>
    public abstract string NotDrawn(string entity, string words, string measure);

    public abstract string SourceLine(IReadOnlyList<Source> sources);

    /// <summary>The button under a comparison that brings its chart.</summary>
    public abstract string ChartButton { get; }

    /// <summary>Said under a comparison asked for as a chart when it has fewer than two numbers to draw.</summary>
    public abstract string NothingToDraw { get; }

    /// <summary>An axis value in the unit of the figures, short.</summary>
    public abstract string Axis(double value, string? currency);

    protected static string YearMark(Fact fact) => fact.YearFromContext && fact.AsOf.IsDated ? FactPhrases.InferredYearMark : "";
}
