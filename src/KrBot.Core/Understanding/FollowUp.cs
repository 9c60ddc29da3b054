namespace KrBot.Core.Understanding;

/// <summary>
/// Reads a question against the same person's previous one. Only questions that lack something are completed,
/// and only from what that person asked: "and Lark?" takes the previous measure, "in 2019?" the previous entity
/// and measure, "compare them" / "which is bigger?" the last two entities, "who owns it?" the last entity. A
/// question complete in itself is never changed.
/// </summary>
public static class FollowUp
{
    // How people continue a thread, in English and Chinese; matched on the normalized text.
    private static readonly string[] ContinuationStarts = ["and ", "what about ", "how about ", "also ", "same for ", "and what about ", "what of "];
    private static readonly string[] ContinuationHan = ["呢", "那", "和", "还有"];
    private static readonly HashSet<string> Pronouns = ["it", "its", "they", "them", "their", "both", "this", "that", "these", "those", "he", "she", "one", "它", "它们", "他们", "这个", "那个", "两者", "两个"];

    public static Query Resolve(Query query, ConversationState? previous)
    {
        // A slash command says exactly what it wants.
        if (previous is null || query.Text.TrimStart().StartsWith('/') || query.Intent is Intent.Clarify or Intent.UnknownCommand or Intent.Help or Intent.Start or Intent.Sources)
            return query;
        var text = TextNormalizer.Normalize(query.Text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var refersBack = words.Any(Pronouns.Contains) || ContinuationHan.Any(text.Contains);
        var last = previous.RecentEntities[0];

        // "compare them", "which is bigger?": a comparison that names fewer than two.
        if (query.Intent == Intent.Compare && query.EntityIds.Count < 2 && previous.RecentEntities.Count + query.EntityIds.Count >= 2)
        {
            var entities = query.EntityIds.Concat(previous.RecentEntities).Distinct().Take(2).ToList();
            return query with { EntityIds = entities, MetricId = query.MetricId ?? previous.MetricId };
        }

        // "and Lark?", "what about WeChat Work?", "飞书呢？": another name, the same question. ("what about" reads as
        // "what is" to the parser, so a description there is no measure of its own.)
        var startsAsContinuation = ContinuationStarts.Any(start => (text + " ").StartsWith(start, StringComparison.Ordinal));
        var asksNothingOfItsOwn = query.MetricId is null && query.Intent == Intent.Overview
            || query.MetricId == "description" && startsAsContinuation;
        if (query.EntityIds.Count == 1 && asksNothingOfItsOwn && (startsAsContinuation || IsContinuation(text, words))
            && previous.Intent is Intent.Metric or Intent.When or Intent.Who)
        {
            return query with { Intent = previous.Intent, MetricId = previous.Intent == Intent.Who ? "owner" : previous.MetricId, Year = query.Year ?? previous.Year };
        }

        if (query.EntityIds.Count > 0) return query;

        // "in 2019?": the same question for another year.
        if (query.Year is not null && query.MetricId is null && words.Length <= 4)
            return query with { Intent = previous.Intent is Intent.Compare ? Intent.Compare : Intent.Metric, EntityIds = [.. previous.RecentEntities.Take(previous.Intent is Intent.Compare ? 2 : 1)], MetricId = previous.MetricId ?? "users" };

        // "who owns it?", "how many users does it have?", "when did it launch?": a question about the last entity.
        if (refersBack && query.Intent is Intent.Who or Intent.Metric or Intent.When or Intent.OutOfScope or Intent.Overview)
        {
            var intent = query.MetricId == "owner" ? Intent.Who : query.Intent == Intent.OutOfScope ? WhatItAsks(words) ?? Intent.Overview : query.Intent;
            return query with { Intent = intent, EntityIds = [last], MetricId = intent == Intent.Who ? "owner" : query.MetricId, Term = null };
        }

        return query;
    }

    private static bool IsContinuation(string text, string[] words) =>
        ContinuationStarts.Any(start => (text + " ").StartsWith(start, StringComparison.Ordinal)) || ContinuationHan.Any(text.Contains) || words.Length <= 2;

    private static Intent? WhatItAsks(string[] words) =>
        words.Contains("who") || words.Contains("whose") || words.Contains("owns") || words.Contains("owner") ? Intent.Who : null;
}
