using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KrBot.Core.Answering;

namespace KrBot.Terminal;

/// <summary>
/// The <c>ask --json</c> contract other tools rely on: question, text (what a person reads, no markup), language
/// ("en", "zh-Hans" or "zh-Hant": the language and script of text), citations (the sources of the facts stated;
/// empty when it states none), intent, confidence, and extras. <see cref="Chart"/>: the answer is a comparison
/// Telegram can also send as a bar chart (its "📊 Chart" button).
/// </summary>
internal sealed record JsonAnswer(
    string Question,
    string Text,
    string Language,
    IReadOnlyList<JsonCitation> Citations,
    string Intent,
    double Confidence,
    IReadOnlyList<string> Entities,
    string? Metric,
    IReadOnlyList<JsonSuggestion> Suggestions,
    bool Chart)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Keep Chinese and typographic quotes readable; this is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static JsonAnswer From(string question, Answer answer, bool chart = false) => new(
        question,
        answer.ToPlainText(),
        answer.Language.Code,
        answer.Citations.Select(c => new JsonCitation(c.Number, c.Source.Id, c.Source.Title, c.Source.Publisher, c.Source.Author, c.Source.Published?.ToString("yyyy-MM-dd"), c.Source.Url?.ToString(), c.FactIds)).ToList(),
        JsonNamingPolicy.CamelCase.ConvertName(answer.Query.Intent.ToString()),
        Math.Round(answer.Query.Confidence, 2),
        answer.Query.EntityIds,
        answer.Query.MetricId,
        answer.Suggestions.Select(s => new JsonSuggestion(s.Label, s.Question)).ToList(),
        chart);

    /// <summary>One line, no indentation: the batch mode writes JSON Lines.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

internal sealed record JsonCitation(int Number, string Source, string Title, string Publisher, string? Author, string? Published, string? Url, IReadOnlyList<string> Facts);

internal sealed record JsonSuggestion(string Label, string Question);
