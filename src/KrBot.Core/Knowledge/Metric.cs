namespace KrBot.Core.Knowledge;

/// <summary>
/// What a fact measures. Facts compare only within one metric; metrics of one <see cref="Family"/>
/// answer the same everyday question ("how many users?") while counting different things.
/// </summary>
public sealed record Metric(string Id, string Name, string Family, MetricKind Kind, string? Unit, IReadOnlyList<string> Aliases);
