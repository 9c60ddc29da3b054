using System.Text;
using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>Telegram's checks on an outgoing message's text and inline keyboard, with Telegram's error texts.</summary>
internal static class MessageRules
{
    public const int MaxTextLength = 4096;
    public const int MaxCallbackDataBytes = 64;

    private static readonly string[] ParseModes = ["HTML", "MarkdownV2", "Markdown"];

    public const int MaxCaptionLength = 1024;

    /// <summary>Null when the text may be sent; <paramref name="plainText"/> is then what the chat shows.</summary>
    public static BotApiResult? CheckText(string? text, string? parseMode, out string plainText) =>
        Check(text, parseMode, out plainText, MaxTextLength, emptyError: "message text is empty", tooLongError: "message is too long");

    /// <summary>A photo's caption: the same markup rules as text, up to 1,024 characters, and it may be empty.</summary>
    public static BotApiResult? CheckCaption(string? caption, string? parseMode, out string plainText) =>
        Check(caption, parseMode, out plainText, MaxCaptionLength, emptyError: null, tooLongError: "message caption is too long");

    private static BotApiResult? Check(string? text, string? parseMode, out string plainText, int maxLength, string? emptyError, string tooLongError)
    {
        plainText = text ?? "";
        if (string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            if (!TelegramHtml.TryParse(plainText, out var parsed, out var error))
            {
                return BotApiResult.BadRequest($"can't parse entities: {error}");
            }

            plainText = parsed;
        }
        else if (!string.IsNullOrEmpty(parseMode) && !IsOtherParseMode(parseMode))
        {
            return BotApiResult.BadRequest("unsupported parse_mode");
        }

        // Telegram trims the text and counts the limit after markup is removed; UTF-16 units, like .NET strings.
        plainText = plainText.Trim();
        if (plainText.Length == 0 && emptyError is not null)
        {
            return BotApiResult.BadRequest(emptyError);
        }

        return plainText.Length > maxLength ? BotApiResult.BadRequest(tooLongError) : null;
    }

    /// <summary>Null when every inline button's callback_data is 1 to 64 bytes of UTF-8.</summary>
    public static BotApiResult? CheckReplyMarkup(JsonNode? replyMarkup)
    {
        if (replyMarkup?["inline_keyboard"] is not JsonArray rows)
        {
            return null;
        }

        foreach (var button in rows.OfType<JsonArray>().SelectMany(row => row.OfType<JsonObject>()))
        {
            if (button["callback_data"] is JsonValue data
                && (!data.TryGetValue(out string? text) || Encoding.UTF8.GetByteCount(text) is 0 or > MaxCallbackDataBytes))
            {
                return BotApiResult.BadRequest("BUTTON_DATA_INVALID");
            }
        }

        return null;
    }

    /// <summary>Whether the markup is an inline keyboard, the only kind Telegram echoes back in the sent message.</summary>
    public static bool IsInlineKeyboard(JsonNode? replyMarkup) => replyMarkup?["inline_keyboard"] is JsonArray;

    /// <summary>
    /// Telegram's spelling of a parse mode it accepts in any case; Telegram.Bot 22 sends "Html" and "MarkdownV2".
    /// Null for no mode, the text as given for one Telegram does not know.
    /// </summary>
    public static string? NormalizeParseMode(string? parseMode) =>
        string.IsNullOrEmpty(parseMode) ? null : ParseModes.FirstOrDefault(known => known.Equals(parseMode, StringComparison.OrdinalIgnoreCase)) ?? parseMode;

    // Markdown modes are accepted as they are: KrBot writes HTML, so only HTML is checked.
    private static bool IsOtherParseMode(string parseMode) => NormalizeParseMode(parseMode) is "MarkdownV2" or "Markdown";
}
