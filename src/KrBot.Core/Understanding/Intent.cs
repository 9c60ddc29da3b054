namespace KrBot.Core.Understanding;

public enum Intent
{
    /// <summary>Everything we know about one entity (/dingtalk, "tell me about Lark").</summary>
    Overview,
    /// <summary>One measure of one entity ("how many users does DingTalk have?").</summary>
    Metric,
    /// <summary>When something happened or was true ("when did Baidu open its platform?").</summary>
    When,
    /// <summary>Who makes, owns or is behind something ("who makes Lark?").</summary>
    Who,
    Compare,
    Sources,
    Help,
    Start,
    /// <summary>Not sure which entity was meant: offer "did you mean" choices instead of guessing.</summary>
    Clarify,
    /// <summary>A known entity, but a measure the fact base does not hold ("DingTalk revenue").</summary>
    UnknownMetric,
    /// <summary>Nothing the fact base covers ("what's the weather?").</summary>
    OutOfScope,
    /// <summary>A slash command that is neither ours nor an entity's.</summary>
    UnknownCommand,
}
