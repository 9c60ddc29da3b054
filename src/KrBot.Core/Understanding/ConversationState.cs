namespace KrBot.Core.Understanding;

/// <summary>
/// What one person asked last in one chat, enough to understand a follow-up ("and Lark?", "in 2019?", "compare
/// them"): the entities named lately (most recent first, at most two), the measure, the intent and the year.
/// </summary>
public sealed record ConversationState(IReadOnlyList<string> RecentEntities, string? MetricId, Intent Intent, int? Year)
{
    /// <summary>The state after <paramref name="query"/> was answered; null when it leaves nothing to follow up on.</summary>
    public static ConversationState? After(Query query, ConversationState? previous)
    {
        if (query.Intent is Intent.Clarify or Intent.OutOfScope or Intent.UnknownCommand or Intent.Help or Intent.Start or Intent.Sources)
            return previous;
        if (query.EntityIds.Count == 0) return previous;
        var recent = query.EntityIds.Concat(previous?.RecentEntities ?? []).Distinct().Take(2).ToList();

        // The measure carries over only from questions about a measure: after "who owns it?", "in 2019?" still
        // means the figure asked about before.
        var measured = query.Intent is Intent.Metric or Intent.Compare or Intent.When ? query.MetricId : null;
        return new ConversationState(recent, measured ?? previous?.MetricId, query.Intent, query.Year);
    }
}
