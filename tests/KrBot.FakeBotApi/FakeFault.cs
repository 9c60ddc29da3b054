namespace KrBot.FakeBotApi;

/// <summary>An error answer the fake gives instead of handling a request, shaped like Telegram's own.</summary>
/// <param name="ErrorCode">The HTTP status and the body's error_code.</param>
/// <param name="Description">The body's description, e.g. "Forbidden: bot was blocked by the user".</param>
/// <param name="RetryAfter">parameters.retry_after in seconds, for 429.</param>
/// <param name="MigrateToChatId">parameters.migrate_to_chat_id, for a group that became a supergroup.</param>
/// <param name="NotJson">Answer with an HTML error page instead of Telegram's JSON, as a proxy in front of it does.</param>
public sealed record FakeFault(int ErrorCode, string Description, int? RetryAfter = null, long? MigrateToChatId = null, bool NotJson = false)
{
    /// <summary>A proxy's HTML page with the given status (e.g. 502), not a Bot API answer at all.</summary>
    public static FakeFault HtmlPage(int status) => new(status, $"<html><body><h1>{status}</h1>nginx</body></html>", NotJson: true);

    /// <summary>429 "Too Many Requests: retry after N" with parameters.retry_after.</summary>
    public static FakeFault TooManyRequests(int retryAfterSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds);
        return new(429, $"Too Many Requests: retry after {retryAfterSeconds}", RetryAfter: retryAfterSeconds);
    }

    /// <summary>500, as Telegram gives now and then under load.</summary>
    public static FakeFault ServerError() => new(500, "Internal Server Error");

    /// <summary>403: blocked by the user, or (with another description) kicked from the group.</summary>
    public static FakeFault Forbidden(string description = "Forbidden: bot was blocked by the user") => new(403, description);

    /// <summary>400 for a group that became a supergroup; the caller must resend to <paramref name="newChatId"/>.</summary>
    public static FakeFault MigrateToChat(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: newChatId);

    /// <summary>400 with the given description, which Telegram always starts with "Bad Request: ".</summary>
    public static FakeFault BadRequest(string description) => new(400, description);
}
