using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>
/// Reads a call's arguments the way Telegram does: a number may come as a JSON number or as a string (form and
/// query arguments are always strings), and an object such as reply_markup may come as JSON text.
/// </summary>
internal sealed class BotApiArguments(JsonObject body, IReadOnlyDictionary<string, byte[]>? files = null)
{
    public JsonObject Body => body;

    /// <summary>When the request reached the server: what Telegram's limits count, and a sent message's time.</summary>
    public DateTimeOffset ArrivedAt { get; init; }

    /// <summary>
    /// A file uploaded with the call: the multipart part named like the argument, or the one an "attach://name" value
    /// points at. Null when the argument is a file_id or URL, or missing.
    /// </summary>
    public byte[]? GetFile(string name)
    {
        var value = GetString(name);
        var part = value is not null && value.StartsWith("attach://", StringComparison.Ordinal) ? value["attach://".Length..] : name;
        return files?.GetValueOrDefault(part);
    }

    public string? GetString(string name) => body[name] switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    public long? GetLong(string name) => AsLong(body[name]);

    public int? GetInt(string name) => AsLong(body[name]) is { } value and >= int.MinValue and <= int.MaxValue ? (int)value : null;

    /// <summary>The argument as a JSON object or array, parsed if it came as text; null if absent or not JSON.</summary>
    public JsonNode? GetJson(string name)
    {
        var node = body[name];
        if (node is not JsonValue value || !value.TryGetValue(out string? text))
        {
            return node;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? AsString(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public static long? AsLong(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue(out long number) => number,
        JsonValue value when value.TryGetValue(out string? text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
