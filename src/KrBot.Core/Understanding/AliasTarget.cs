namespace KrBot.Core.Understanding;

/// <summary>What an alias points at: an entity, a metric, an intent word, or a measure we know we lack.</summary>
public sealed record AliasTarget(AliasTargetKind Kind, string Id);

public enum AliasTargetKind
{
    Entity,
    Metric,
    IntentWord,
    UnknownMetric,
}
