using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>
/// An answer to one Bot API call: the HTTP status and the {"ok":...} body Telegram would send. <see cref="RawResult"/>,
/// when set, is the result's JSON text, served as it is (getUpdates serves updates byte for byte).
/// </summary>
internal sealed record BotApiResult(int StatusCode, JsonObject Body, string? RawResult = null, string? RawBody = null)
{
    public static BotApiResult Ok(JsonNode? result) => new(200, new JsonObject { ["ok"] = true, ["result"] = result });

    public static BotApiResult OkRaw(string resultJson) => new(200, new JsonObject { ["ok"] = true }, resultJson);

    /// <summary>The body's bytes: the JSON of <see cref="Body"/>, with <see cref="RawResult"/> spliced in as "result".</summary>
    public byte[] Utf8Body() => (RawBody, RawResult) switch
    {
        ({ } page, _) => System.Text.Encoding.UTF8.GetBytes(page),
        (_, { } result) => System.Text.Encoding.UTF8.GetBytes("{\"ok\":true,\"result\":" + result + "}"),
        _ => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Body),
    };

    public static BotApiResult True() => Ok(true);

    public static BotApiResult BadRequest(string reason) => Error(400, $"Bad Request: {reason}");

    public static BotApiResult NotFound() => Error(404, "Not Found");

    public static BotApiResult Unauthorized() => Error(401, "Unauthorized");

    public static BotApiResult From(FakeFault fault) => fault.NotJson
        ? new(fault.ErrorCode, [], RawBody: fault.Description)
        : Error(fault.ErrorCode, fault.Description, fault.RetryAfter, fault.MigrateToChatId);

    public static BotApiResult Error(int errorCode, string description, int? retryAfter = null, long? migrateToChatId = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (retryAfter is not null || migrateToChatId is not null)
        {
            var parameters = new JsonObject();
            if (retryAfter is { } seconds)
            {
                parameters["retry_after"] = seconds;
            }

            if (migrateToChatId is { } chatId)
            {
                parameters["migrate_to_chat_id"] = chatId;
            }

            body["parameters"] = parameters;
        }

        return new(errorCode, body);
    }
}
