using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>An answer to one Bot API call: the HTTP status and the {"ok":...} body Telegram would send.</summary>
internal sealed record BotApiResult(int StatusCode, JsonObject Body)
{
    public static BotApiResult Ok(JsonNode? result) => new(200, new JsonObject { ["ok"] = true, ["result"] = result });

    public static BotApiResult True() => Ok(true);

    public static BotApiResult BadRequest(string reason) => Error(400, $"Bad Request: {reason}");

    public static BotApiResult NotFound() => Error(404, "Not Found");

    public static BotApiResult Unauthorized() => Error(401, "Unauthorized");

    public static BotApiResult From(FakeFault fault) =>
        Error(fault.ErrorCode, fault.Description, fault.RetryAfter, fault.MigrateToChatId);

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
