namespace KrBot.Core.Charts;

/// <summary>
/// What a chart shows, small enough to store with a queued message and draw again after a restart: the measure
/// asked for, the facts drawn (in order) and the language of the labels. The same spec always gives the same chart.
/// </summary>
public sealed record ChartSpec(string MetricId, IReadOnlyList<string> FactIds, ChartLanguage Language)
{
    /// <summary>Identifies the chart for caching: equal keys draw equal pictures.</summary>
    public string Key => $"{Language.Code()}|{MetricId}|{string.Join(',', FactIds)}";
}
