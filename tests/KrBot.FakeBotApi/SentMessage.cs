using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>A message the bot sent successfully through sendMessage, or a photo through sendPhoto.</summary>
/// <param name="ChatId">The target chat.</param>
/// <param name="Text">The text exactly as the bot sent it, markup included; a photo's caption ("" for none).</param>
/// <param name="ParseMode">"HTML", "MarkdownV2" or "Markdown" in Telegram's spelling (Telegram.Bot sends "Html"), or null.</param>
/// <param name="ReplyToMessageId">From reply_parameters.message_id or the older reply_to_message_id.</param>
/// <param name="ReplyMarkup">The keyboard as sent; do not modify it.</param>
/// <param name="MessageId">The id the fake gave the message in its chat.</param>
/// <param name="At">When the fake accepted it, on <see cref="FakeBotApiOptions.TimeProvider"/>.</param>
/// <param name="Photo">The uploaded picture's bytes for sendPhoto; null for a text message.</param>
public sealed record SentMessage(
    long ChatId,
    string Text,
    string? ParseMode,
    int? ReplyToMessageId,
    JsonNode? ReplyMarkup,
    int MessageId,
    DateTimeOffset At,
    byte[]? Photo = null);
