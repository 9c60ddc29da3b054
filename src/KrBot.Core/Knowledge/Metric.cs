namespace KrBot.Core.Knowledge;

/// <summary>
/// What a fact measures. Facts compare only within one metric; metrics of one <see cref="Family"/>
/// answer the same everyday question ("how many users?") while counting different things.
/// </summary>
public sealed record Metric(string Id, string Name, string Family, MetricKind Kind, string? Unit, IReadOnlyList<string> Aliases)
{
    /// <summary>The name in Chinese replies (总用户数); null falls back to <see cref="Name"/>.</summary>
    public string? NameZh { get; init; }

    /// <summary>What follows a figure in Chinese (3亿<b>用户</b>); null falls back to <see cref="NameZh"/>.</summary>
    public string? UnitZh { get; init; }
}
