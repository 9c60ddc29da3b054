using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Telegram.Sending;

/// <summary>
/// One Telegram message to send. <see cref="Html"/> is sent with HTML parse mode; <see cref="PlainText"/> is the
/// fallback when Telegram rejects the markup ("can't parse entities"). Negative chat ids are groups.
/// </summary>
internal sealed record OutgoingMessage(long ChatId, string Html, string PlainText, InlineKeyboardMarkup? Keyboard = null, int? ReplyToMessageId = null);
