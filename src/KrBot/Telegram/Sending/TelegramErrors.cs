using System.Net;
using Telegram.Bot.Exceptions;

namespace KrBot.Telegram.Sending;

internal enum TelegramErrorKind
{
    /// <summary>429: Telegram wants everything slower for <see cref="TelegramError.RetryAfter"/>.</summary>
    TooManyRequests,
    /// <summary>5xx, a timeout or a network failure: the same request may succeed later.</summary>
    Transient,
    /// <summary>400 "can't parse entities": our HTML is malformed; the plain text will do.</summary>
    CantParseEntities,
    /// <summary>400 "message to be replied not found": the message we answer was deleted.</summary>
    ReplyTargetMissing,
    /// <summary>403: blocked by the user, kicked from the group, or the chat was deleted.</summary>
    ChatGone,
    /// <summary>400 with migrate_to_chat_id: the group became a supergroup with a new id.</summary>
    ChatMigrated,
    /// <summary>Any other 4xx, or a failure we do not understand: retrying would get the same answer.</summary>
    Rejected,
}

/// <param name="Code">The Bot API error_code, else the HTTP status, else 0 (no answer at all).</param>
/// <param name="Description">Telegram's description, e.g. "Forbidden: bot was blocked by the user"; never user text.</param>
/// <param name="NeverSent">The request certainly did not reach Telegram (no connection could be made): trying again cannot duplicate it.</param>
internal readonly record struct TelegramError(
    TelegramErrorKind Kind,
    int Code,
    string Description,
    TimeSpan? RetryAfter = null,
    long? MigrateToChatId = null,
    bool NeverSent = false)
{
    /// <summary>Telegram may have delivered the message although the request failed: a timeout, a dropped answer, a 5xx.</summary>
    public bool MayHaveArrived => Kind == TelegramErrorKind.Transient && !NeverSent;

    public override string ToString() => Code == 0 ? Description : $"{Code} {Description}";
}

/// <summary>
/// Sorts what Telegram.Bot 22 throws: <see cref="ApiRequestException"/> when Telegram answered with an error body,
/// a plain <see cref="RequestException"/> when the request failed or the body was unreadable (network failures and
/// client timeouts arrive wrapped in it).
/// </summary>
internal static class TelegramErrors
{
    public static TelegramError Classify(Exception exception) => exception switch
    {
        ApiRequestException { Parameters.MigrateToChatId: long newChatId } api =>
            new(TelegramErrorKind.ChatMigrated, api.ErrorCode, api.Message, MigrateToChatId: newChatId),
        ApiRequestException { ErrorCode: 429 } api =>
            new(TelegramErrorKind.TooManyRequests, 429, api.Message, Seconds(api.Parameters?.RetryAfter)),
        ApiRequestException { ErrorCode: 403 } api => new(TelegramErrorKind.ChatGone, 403, api.Message),
        ApiRequestException { ErrorCode: 400 } api when Mentions(api, "can't parse entities") =>
            new(TelegramErrorKind.CantParseEntities, 400, api.Message),
        ApiRequestException { ErrorCode: 400 } api when Mentions(api, "message to be replied not found") || Mentions(api, "replied message not found") =>
            new(TelegramErrorKind.ReplyTargetMissing, 400, api.Message),
        ApiRequestException { ErrorCode: >= 400 and < 500 } api => new(TelegramErrorKind.Rejected, api.ErrorCode, api.Message),
        ApiRequestException api => new(TelegramErrorKind.Transient, api.ErrorCode, api.Message),
        RequestException { HttpStatusCode: HttpStatusCode.TooManyRequests } request =>
            new(TelegramErrorKind.TooManyRequests, 429, request.Message),
        RequestException { HttpStatusCode: { } status } request when (int)status is >= 400 and < 500 =>
            new(TelegramErrorKind.Rejected, (int)status, request.Message),
        RequestException request => new(TelegramErrorKind.Transient, (int?)request.HttpStatusCode ?? 0, request.Message, NeverSent: CouldNotConnect(request.InnerException)),
        HttpRequestException http => new(TelegramErrorKind.Transient, (int?)http.StatusCode ?? 0, http.Message, NeverSent: CouldNotConnect(http)),
        // A client timeout; our own cancellation is told apart by the caller before it gets here.
        TimeoutException or OperationCanceledException => new(TelegramErrorKind.Transient, 0, "request timed out"),
        _ => new(TelegramErrorKind.Rejected, 0, exception.GetType().Name),
    };

    // No connection, no name: the request never left. Anything later (a reset, a timeout) may have been delivered.
    private static bool CouldNotConnect(Exception? exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    private static bool Mentions(ApiRequestException exception, string phrase) =>
        exception.Message.Contains(phrase, StringComparison.OrdinalIgnoreCase);

    private static TimeSpan? Seconds(int? seconds) => seconds is > 0 ? TimeSpan.FromSeconds(seconds.Value) : null;
}
