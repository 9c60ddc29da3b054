namespace KrBot.Core.Understanding;

/// <summary>
/// What a question asks, in fact-base terms. <see cref="Confidence"/> is 1 for exact matches and the fuzzy score
/// (0-1) otherwise; <see cref="Suggestions"/> holds entity ids for a <see cref="Intent.Clarify"/> answer;
/// <see cref="Term"/> is the word we could not serve (an unknown measure or command).
/// </summary>
public sealed record Query(
    string Text,
    Intent Intent,
    IReadOnlyList<string> EntityIds,
    string? MetricId,
    int? Year,
    double Confidence,
    IReadOnlyList<string> Suggestions,
    string? Term)
{
    public static Query Of(string text, Intent intent, double confidence = 1) =>
        new(text, intent, [], null, null, confidence, [], null);
}
