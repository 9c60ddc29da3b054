using System.Text.Json;

namespace KrBot.Terminal;

/// <summary>
/// A line of <c>ask --json</c> input that is a JSON object: <c>{"question": "...", "chat": 1, "user": 2}</c>.
/// Lines with the same chat and user form one conversation; a plain line stays an independent question.
/// </summary>
internal sealed record ThreadedQuestion(string Question, long Chat, long User)
{
    public static ThreadedQuestion? TryParse(string line)
    {
        if (!line.TrimStart().StartsWith('{')) return null;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String) return null;
            return new ThreadedQuestion(question.GetString()!, Number(root, "chat"), Number(root, "user"));
        }
        catch (JsonException)
        {
            return null; // not an object after all: asked as the plain text it is
        }
    }

    private static long Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : 0;
}
