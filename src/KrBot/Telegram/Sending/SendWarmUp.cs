using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Telegram.Sending;

/// <summary>
/// Builds sendMessage's JSON serializer before the sender's first request. The sender counts a request against
/// Telegram's limits as it leaves; a first sendMessage that then spends tens of milliseconds building its serializer
/// reaches Telegram bunched up with the ones after it, and a strict counter refuses one (429, every chat paused). Seen
/// when a replica took the sender lease over, and when digests were due at a replica's start (ReplicaTests, ProxyTests).
/// </summary>
internal static class SendWarmUp
{
    public static void Run() => JsonSerializer.Serialize(
        new SendMessageRequest
        {
            ChatId = 1,
            Text = "<b>warm-up</b>",
            ParseMode = ParseMode.Html,
            ReplyParameters = new ReplyParameters { MessageId = 1 },
            ReplyMarkup = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Lark", "q:/lark")),
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
        },
        JsonBotAPI.Options);
}
