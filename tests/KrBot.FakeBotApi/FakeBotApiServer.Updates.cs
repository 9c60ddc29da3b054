using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

// Injecting updates for the bot to receive through getUpdates.
public sealed partial class FakeBotApiServer
{
    /// <summary>The sender of group messages when a test names none.</summary>
    public const long DefaultGroupSenderId = 100_000_001;

    /// <summary>Queues a text message from a user; returns its update_id.</summary>
    /// <param name="chatId">The chat; in a private chat it is also the sender's user id.</param>
    /// <param name="text">The text; commands and mentions in it get entities, as from Telegram.</param>
    /// <param name="chatType">"private", "group", "supergroup" or "channel" (which makes it a channel_post).</param>
    /// <param name="fromUserId">The sender; by default the chat's user, or <see cref="DefaultGroupSenderId"/> in groups.</param>
    /// <param name="replyToMessageId">The message replied to; by default the bot's last one when <paramref name="replyToBot"/>.</param>
    /// <param name="replyToBot">Whether the reply is to one of the bot's messages.</param>
    /// <param name="chatTitle">The group's title; a default is made up.</param>
    public long EnqueueMessage(
        long chatId,
        string text,
        string chatType = "private",
        long? fromUserId = null,
        int? replyToMessageId = null,
        bool replyToBot = false,
        string? chatTitle = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _state.Chats.Remember(chatId, chatType, chatTitle);

        // A reply to the bot that names no message answers the bot's last one, or one made up before this message.
        var repliedId = replyToMessageId is null && !replyToBot
            ? (int?)null
            : replyToMessageId ?? _state.Journal.LastSentTo(chatId)?.MessageId ?? _state.Chats.NextMessageId(chatId);
        var message = IncomingMessage(chatId, _state.Chats.NextMessageId(chatId), text, fromUserId);
        if (repliedId is { } replied)
        {
            message["reply_to_message"] = _state.RepliedMessage(chatId, replied, replyToBot);
        }

        return _state.Updates.Enqueue(new JsonObject { [chatType == "channel" ? "channel_post" : "message"] = message });
    }

    /// <summary>Queues an edit of an earlier message to <paramref name="text"/>; returns its update_id.</summary>
    public long EnqueueEditedMessage(
        long chatId,
        int messageId,
        string text,
        string chatType = "private",
        long? fromUserId = null,
        string? chatTitle = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _state.Chats.Remember(chatId, chatType, chatTitle);
        var message = IncomingMessage(chatId, messageId, text, fromUserId);
        message["edit_date"] = _state.Now.ToUnixTimeSeconds();
        return _state.Updates.Enqueue(new JsonObject { [chatType == "channel" ? "edited_channel_post" : "edited_message"] = message });
    }

    /// <summary>Queues a press on an inline button of the bot's message; returns its update_id.</summary>
    public long EnqueueCallbackQuery(long chatId, long fromUserId, string data, int messageId)
    {
        ArgumentNullException.ThrowIfNull(data);
        var queryId = $"{BotId}-{Guid.NewGuid():N}";
        _state.CallbackQueryIds[queryId] = 0;
        var sent = _state.Journal.FindSent(chatId, messageId);
        return _state.Updates.Enqueue(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = BotApiObjects.User(fromUserId),
                ["message"] = _state.BotMessage(chatId, messageId, sent is null ? "" : FakeBotState.ShownText(sent), sent?.ReplyMarkup),
                ["chat_instance"] = $"{chatId}",
                ["data"] = data,
            },
        });
    }

    /// <summary>
    /// Queues an inline query: someone typed "@bot <paramref name="query"/>" in any chat. Returns the query's id, which the
    /// bot's answerInlineQuery must name (see <see cref="WaitForInlineAnswerAsync"/>). The query text is not checked
    /// here, so a test can send one longer than Telegram's 256 characters.
    /// </summary>
    public string EnqueueInlineQuery(long fromUserId, string query, string languageCode = "en")
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = _state.InlineQueries.Open();
        var from = BotApiObjects.User(fromUserId);
        from["language_code"] = languageCode;
        _state.Updates.Enqueue(new JsonObject
        {
            ["inline_query"] = new JsonObject { ["id"] = id, ["from"] = from, ["query"] = query, ["offset"] = "", ["chat_type"] = "sender" },
        });
        return id;
    }

    /// <summary>
    /// Queues any other update, given without update_id, e.g. <c>{"my_chat_member": {...}}</c> or a message with
    /// migrate_to_chat_id; returns the update_id it was given.
    /// </summary>
    public long EnqueueRawUpdate(JsonObject updateWithoutId)
    {
        ArgumentNullException.ThrowIfNull(updateWithoutId);
        if (updateWithoutId.ContainsKey("update_id") || updateWithoutId.Count == 0)
        {
            throw new ArgumentException("Give the update's content without update_id; the server numbers updates.", nameof(updateWithoutId));
        }

        return _state.Updates.Enqueue(updateWithoutId);
    }

    /// <summary>
    /// Queues an update given as raw JSON text, served byte for byte: <paramref name="kind"/> is its field name
    /// ("message", "my_chat_member"...) and <paramref name="fieldsJson"/> the text after update_id, e.g.
    /// <c>"message": {...}</c>. For updates a client library cannot read: a lone surrogate escape, a new enum value,
    /// a field of an unexpected type. Returns the update_id it was given.
    /// </summary>
    public long EnqueueRawUpdate(string kind, string fieldsJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldsJson);
        return _state.Updates.EnqueueText(kind, fieldsJson);
    }

    /// <summary>The next queued update gets this id: Telegram picks a random one after a week without updates, possibly lower.</summary>
    public void RestartUpdateIdsAt(long nextUpdateId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nextUpdateId, 1);
        _state.Updates.RestartIdsAt(nextUpdateId);
    }

    /// <summary>
    /// Serves the updates from <paramref name="fromUpdateId"/> on again although they were confirmed, as Telegram does
    /// when the bot died before its confirming getUpdates arrived.
    /// </summary>
    public void RedeliverUpdates(long fromUpdateId) => _state.Updates.Redeliver(fromUpdateId);

    /// <summary>The JSON text of a text message from a user in a private chat, for building raw updates.</summary>
    public string PrivateMessageJson(long chatId, string text)
    {
        _state.Chats.Remember(chatId, "private", null);
        return IncomingMessage(chatId, _state.Chats.NextMessageId(chatId), text, null).ToJsonString();
    }

    private JsonObject IncomingMessage(long chatId, int messageId, string text, long? fromUserId)
    {
        var chat = _state.Chats.Describe(chatId);
        var from = chat.Type switch
        {
            "channel" => null,
            "private" => BotApiObjects.User(fromUserId ?? chatId),
            _ => BotApiObjects.User(fromUserId ?? DefaultGroupSenderId),
        };
        return BotApiObjects.Message(messageId, _state.Now, chat, from, text);
    }
}
