using System.Text.Json;
using KrBot.Core.Languages;

namespace KrBot.Terminal;

/// <summary>
/// A line of <c>ask --json</c> input that is a JSON object: <c>{"question": "...", "chat": 1, "user": 2, "lang": "zh"}</c>.
/// Lines with the same chat and user form one conversation; a plain line stays an independent question. "lang"
/// (en, zh, zh-Hans, zh-Hant, auto) sets the reply language of that line; without it (or with a value it does not
/// know) the chat's own setting applies, auto unless /lang set one.
/// </summary>
internal sealed record ThreadedQuestion(string Question, long Chat, long User, LanguagePreference? Language = null)
{
    public static ThreadedQuestion? TryParse(string line)
    {
        if (!line.TrimStart().StartsWith('{')) return null;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String) return null;
            var language = root.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String ? LanguagePreferences.Parse(lang.GetString()) : null;
            return new ThreadedQuestion(question.GetString()!, Number(root, "chat"), Number(root, "user"), language);
        }
        catch (JsonException)
        {
            return null; // not an object after all: asked as the plain text it is
        }
    }

    private static long Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : 0;
}
