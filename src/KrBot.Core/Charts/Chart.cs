namespace KrBot.Core.Charts;

/// <summary>
/// A comparison as bars, with every word already in the chart's language: what a renderer draws, nothing more.
/// Figures given only in words are <see cref="Notes"/>, never bars.
/// </summary>
/// <param name="Title">"DingTalk vs WeChat Work: total users".</param>
/// <param name="Caution">Why the bars do not compare like for like; null when they do.</param>
/// <param name="Bars">One per figure with a number, in the order asked.</param>
/// <param name="Notes">Lines under the chart: figures not drawn, the inferred-year mark, the source.</param>
/// <param name="MarkLegend">What a hatched bar means, when any is hatched.</param>
public sealed record Chart(
    string Title,
    string? Caution,
    IReadOnlyList<ChartBar> Bars,
    IReadOnlyList<string> Notes,
    string? MarkLegend,
    ChartLanguage Language)
{
    /// <summary>Formats an axis value (in the figures' own unit) the way the bars' figures are written.</summary>
    public Func<double, string> AxisLabel { get; init; } = value => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <param name="Entity">The name under the bar.</param>
/// <param name="Measure">What the bar counts ("user accounts").</param>
/// <param name="Figure">The value written on the bar, as the source gives it ("300 million", "3亿").</param>
/// <param name="Date">The as-of date under the bar ("31 March 2020*", "date not given").</param>
/// <param name="Value">The bar's height in absolute units.</param>
/// <param name="Series">Bars of one measure share a number, and so a colour.</param>
/// <param name="Marked">Not like for like with the reference bar (another measure or date, no date, a forecast).</param>
public sealed record ChartBar(string Entity, string Measure, string Figure, string Date, double Value, int Series, bool Marked, string FactId);
