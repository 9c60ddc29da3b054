using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>Everything one fake server holds, shared by the HTTP side and the test-facing API.</summary>
internal sealed class FakeBotState
{
    public FakeBotState(FakeBotApiOptions options)
    {
        Options = options;
        BotId = long.Parse(options.Token.AsSpan(0, options.Token.IndexOf(':', StringComparison.Ordinal)));
        Updates = new UpdateQueue(options.FirstUpdateId, Changed);
        Journal = new RequestJournal(Changed);
        InlineQueries = new InlineQueries(Changed, () => Now);
        Webhook = new WebhookState(Changed);
        RateLimiter = options.EnforceRateLimits ? new TelegramRateLimiter() : null;
    }

    public FakeBotApiOptions Options { get; }

    public long BotId { get; }

    public ChangeSignal Changed { get; } = new();

    public UpdateQueue Updates { get; }

    public RequestJournal Journal { get; }

    public ChatDirectory Chats { get; } = new();

    public CommandRegistry Commands { get; } = new();

    public FaultInjector Faults { get; } = new();

    public InlineQueries InlineQueries { get; }

    public WebhookState Webhook { get; }

    public TelegramRateLimiter? RateLimiter { get; }

    /// <summary>Ids of the callback queries handed out, which answerCallbackQuery must name.</summary>
    public ConcurrentDictionary<string, byte> CallbackQueryIds { get; } = new();

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    public JsonObject BotUser() => BotApiObjects.Bot(BotId, Options.BotFirstName, Options.BotUsername);

    /// <summary>A message from the bot, with its inline keyboard echoed as Telegram does; a photo has its text as caption.</summary>
    public JsonObject BotMessage(long chatId, int messageId, string text, JsonNode? replyMarkup, byte[]? photo = null)
    {
        var message = photo is null
            ? BotApiObjects.Message(messageId, Now, Chats.Describe(chatId), BotUser(), text)
            : BotApiObjects.Photo(messageId, Now, Chats.Describe(chatId), BotUser(), photo, text);
        if (MessageRules.IsInlineKeyboard(replyMarkup))
        {
            message["reply_markup"] = replyMarkup!.DeepClone();
        }

        return message;
    }

    /// <summary>The text a chat shows for a sent message: markup removed and entities decoded.</summary>
    public static string ShownText(SentMessage sent)
    {
        MessageRules.CheckText(sent.Text, sent.ParseMode, out var plainText);
        return plainText;
    }

    /// <summary>
    /// The message a reply points at: the bot's own if the bot sent that id (or <paramref name="replyToBot"/>
    /// says so), else one from another user; the fake does not keep incoming texts.
    /// </summary>
    public JsonObject RepliedMessage(long chatId, int messageId, bool replyToBot)
    {
        if (Journal.FindSent(chatId, messageId) is { } sent)
        {
            return BotMessage(chatId, messageId, ShownText(sent), sent.ReplyMarkup);
        }

        var chat = Chats.Describe(chatId);
        var from = replyToBot ? BotUser() : BotApiObjects.User(chat.Type == "private" ? chatId : FakeBotApiServer.DefaultGroupSenderId);
        return BotApiObjects.Message(messageId, Now, chat, from, text: null);
    }
}
