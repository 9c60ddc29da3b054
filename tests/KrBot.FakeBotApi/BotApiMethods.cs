using System.Collections.Frozen;

namespace KrBot.FakeBotApi;

/// <summary>The Bot API methods the fake answers, by their documented names; Telegram matches names in any case.</summary>
internal sealed class BotApiMethods
{
    private readonly FrozenDictionary<string, (string Name, Handler Handle)> _methods;
    private readonly FakeBotState _state;

    public BotApiMethods(FakeBotState state)
    {
        _state = state;
        var methods = new Dictionary<string, Handler>
        {
            ["getMe"] = Sync(_ => BotApiResult.Ok(state.BotUser())),
            ["setWebhook"] = Sync(state.Webhook.Set),
            ["deleteWebhook"] = Sync(state.Webhook.Delete),
            ["getWebhookInfo"] = Sync(state.Webhook.Info),
            ["getUpdates"] = (args, cancellationToken) => state.Webhook.Current is null
                ? state.Updates.PollAsync(args, cancellationToken)
                : Task.FromResult(BotApiResult.Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")),
            ["sendMessage"] = Sync(SendMessage),
            ["sendPhoto"] = Sync(SendPhoto),
            ["answerInlineQuery"] = Sync(state.InlineQueries.Answer),
            ["editMessageReplyMarkup"] = Sync(EditMessageReplyMarkup),
            ["sendChatAction"] = Sync(args => args.GetLong("chat_id") is null ? ChatNotFound() : BotApiResult.True()),
            ["answerCallbackQuery"] = Sync(AnswerCallbackQuery),
            ["getChatMember"] = Sync(GetChatMember),
            ["setMyCommands"] = Sync(state.Commands.Set),
            ["deleteMyCommands"] = Sync(state.Commands.Delete),
            ["getMyCommands"] = Sync(state.Commands.Get),
        };
        _methods = methods.ToFrozenDictionary(method => method.Key, method => (method.Key, method.Value), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The documented spelling of a method the fake knows, else null.</summary>
    public string? Canonical(string method) => _methods.TryGetValue(method, out var known) ? known.Name : null;

    public Task<BotApiResult> InvokeAsync(string method, BotApiArguments args, CancellationToken cancellationToken) =>
        _methods.TryGetValue(method, out var known) ? known.Handle(args, cancellationToken) : Task.FromResult(BotApiResult.NotFound());

    private BotApiResult SendMessage(BotApiArguments args)
    {
        var text = args.GetString("text");
        var parseMode = MessageRules.NormalizeParseMode(args.GetString("parse_mode"));
        return Send(args, text ?? "", parseMode, MessageRules.CheckText(text, parseMode, out var plainText), plainText, photo: null);
    }

    /// <summary>
    /// A photo uploaded with multipart/form-data: it must be a PNG or JPEG of at most 10 MB, and its caption passes the
    /// same markup checks as a text, within 1,024 characters. A file_id or URL is refused: the fake keeps no files.
    /// </summary>
    private BotApiResult SendPhoto(BotApiArguments args)
    {
        var photo = args.GetFile("photo");
        if (photo is null || photo.Length == 0)
        {
            return BotApiResult.BadRequest(args.GetString("photo") is null ? "there is no photo in the request" : "wrong file identifier/HTTP URL specified");
        }

        if (photo.Length > MaxPhotoBytes || !(IsPng(photo) || IsJpeg(photo)))
        {
            return BotApiResult.BadRequest("IMAGE_PROCESS_FAILED");
        }

        var caption = args.GetString("caption");
        var parseMode = MessageRules.NormalizeParseMode(args.GetString("parse_mode"));
        return Send(args, caption ?? "", parseMode, MessageRules.CheckCaption(caption, parseMode, out var plainCaption), plainCaption, photo);
    }

    private BotApiResult Send(BotApiArguments args, string text, string? parseMode, BotApiResult? invalidText, string plainText, byte[]? photo)
    {
        if (args.GetLong("chat_id") is not { } chatId)
        {
            return ChatNotFound();
        }

        var replyMarkup = args.GetJson("reply_markup");
        if ((invalidText ?? MessageRules.CheckReplyMarkup(replyMarkup)) is { } invalid)
        {
            return invalid;
        }

        if (_state.RateLimiter?.TryAcquire(chatId, args.ArrivedAt) is { } retryAfter)
        {
            return BotApiResult.From(FakeFault.TooManyRequests(retryAfter));
        }

        var replyTo = args.GetInt("reply_to_message_id")
            ?? (int?)BotApiArguments.AsLong(args.GetJson("reply_parameters")?["message_id"]);
        var sent = new SentMessage(chatId, text, parseMode, replyTo, replyMarkup, _state.Chats.NextMessageId(chatId), args.ArrivedAt, photo);
        _state.Journal.RecordSent(sent);

        var message = _state.BotMessage(chatId, sent.MessageId, plainText, replyMarkup, photo);
        if (replyTo is { } repliedId)
        {
            message["reply_to_message"] = _state.RepliedMessage(chatId, repliedId, replyToBot: false);
        }

        return BotApiResult.Ok(message);
    }

    // Telegram's limit for photos sent by upload.
    private const int MaxPhotoBytes = 10 * 1024 * 1024;

    private static bool IsPng(byte[] bytes) => bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

    private static bool IsJpeg(byte[] bytes) => bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF });

    private BotApiResult EditMessageReplyMarkup(BotApiArguments args)
    {
        var replyMarkup = args.GetJson("reply_markup");
        if (MessageRules.CheckReplyMarkup(replyMarkup) is { } invalid)
        {
            return invalid;
        }

        if (args.GetString("inline_message_id") is not null)
        {
            return BotApiResult.True();
        }

        if (args.GetLong("chat_id") is not { } chatId || args.GetInt("message_id") is not { } messageId)
        {
            return BotApiResult.BadRequest("message to edit not found");
        }

        var text = _state.Journal.FindSent(chatId, messageId) is { } sent ? FakeBotState.ShownText(sent) : "";
        return BotApiResult.Ok(_state.BotMessage(chatId, messageId, text, replyMarkup));
    }

    private BotApiResult AnswerCallbackQuery(BotApiArguments args) =>
        args.GetString("callback_query_id") is { } id && _state.CallbackQueryIds.ContainsKey(id)
            ? BotApiResult.True()
            : BotApiResult.BadRequest("query is too old and response timeout expired or query ID is invalid");

    private BotApiResult GetChatMember(BotApiArguments args)
    {
        if (args.GetLong("chat_id") is not { } chatId)
        {
            return ChatNotFound();
        }

        if (args.GetLong("user_id") is not { } userId)
        {
            return BotApiResult.BadRequest("user not found");
        }

        var user = userId == _state.BotId ? _state.BotUser() : BotApiObjects.User(userId);
        return BotApiResult.Ok(BotApiObjects.ChatMember(_state.Chats.GetMemberStatus(chatId, userId), user));
    }

    private static BotApiResult ChatNotFound() => BotApiResult.BadRequest("chat not found");

    private static Handler Sync(Func<BotApiArguments, BotApiResult> handler) => (args, _) => Task.FromResult(handler(args));

    private delegate Task<BotApiResult> Handler(BotApiArguments args, CancellationToken cancellationToken);
}
