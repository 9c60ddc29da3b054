using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>One Bot API call the fake received with the right token, whatever it answered.</summary>
/// <param name="Method">The method's documented spelling ("sendMessage") when known, else as received.</param>
/// <param name="Body">The arguments from the JSON body, form or query string; do not modify it.</param>
/// <param name="At">When it arrived, on <see cref="FakeBotApiOptions.TimeProvider"/>.</param>
public sealed record RecordedRequest(string Method, JsonObject Body, DateTimeOffset At);
