using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;
using KrBot.Operations;
using KrBot.Telegram.Inline;
using KrBot.Telegram.Rendering;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram.Routing;

/// <summary>
/// First level of routing: a switch on the update's shape. Messages and button presses become replies, which are
/// returned, not sent: the intake stores them with the update in one transaction and the outbox delivers them.
/// Membership changes and migrations update the chat's state; anything else is ignored. Notices are in the language
/// the asker gets answers in.
/// </summary>
internal sealed class UpdateRouter(
    BotIdentity bot,
    ChatResponder responder,
    ChartReplies charts,
    InlineQueryResponder inline,
    FloodGuard flood,
    IOutboundSender sender,
    IChatLifecycle lifecycle,
    ITelegramBotClient client,
    IOptions<TelegramOptions> options,
    BotMetrics metrics,
    ILogger<UpdateRouter> logger)
{
    private static readonly IReadOnlyList<OutgoingMessage> NoReply = [];

    public Task<IReadOnlyList<OutgoingMessage>> RouteAsync(Update update, CancellationToken cancellationToken) => update switch
    {
        { Message: { } message } => OnMessageAsync(message, cancellationToken),
        { CallbackQuery: { } query } => OnButtonAsync(query, cancellationToken),
        { MyChatMember: { } membership } => OnMembershipAsync(membership, cancellationToken),
        { InlineQuery: { } query } => OnInlineQuery(query, cancellationToken),
        _ => Ignored(update),
    };

    /// <summary>A reply saying that something went wrong, for an update whose handling failed; none if it has no chat.</summary>
    public IReadOnlyList<OutgoingMessage> Apology(Update update)
    {
        if ((update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id) is not { } chatId) return NoReply;
        var language = responder.LastLanguage(chatId, update.Message?.From?.Id ?? update.CallbackQuery?.From.Id ?? chatId, update.Message?.Text ?? "");
        return Reply(chatId, update.Message?.Id ?? update.CallbackQuery!.Message!.Id, responder.Notice(language.Apology, language));
    }

    private async Task<IReadOnlyList<OutgoingMessage>> OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        var route = MessageClassifier.Classify(message, bot);
        var chatId = message.Chat.Id;
        if (route.Kind == MessageRouteKind.Migrated)
        {
            TelegramLog.ChatMigrated(logger, chatId, route.NewChatId);
            await lifecycle.ChatMigratedAsync(chatId, route.NewChatId, cancellationToken);
            return NoReply;
        }

        if (route.Kind == MessageRouteKind.Ignore) return NoReply;
        sender.ChatIsBack(chatId);
        var userId = message.From?.Id ?? chatId;
        var request = new ChatRequest(chatId, message.Chat.Type != ChatType.Private, userId, route.Text, route.Command, MessageClassifier.IsAnonymousAdmin(message));
        if (await FloodReplyAsync(request, message.Id, cancellationToken) is { } flooded) return flooded;
        if (route.Kind == MessageRouteKind.NotText) return await NoticeAsync(request, message.Id, l => l.NotText, cancellationToken);
        return await AnswerAsync(request, message.Id, cancellationToken);
    }

    /// <summary>
    /// A "did you mean" or follow-up button: acknowledge it, then answer its question in the chat. Button data comes
    /// from the client, so it passes the same checks as typed text: the length cap and "a command for another bot".
    /// </summary>
    private async Task<IReadOnlyList<OutgoingMessage>> OnButtonAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var question = CallbackData.QuestionOf(query.Data);
        var command = question is null ? null : SlashCommand.TryParse(question);
        if (command is not null && !command.IsFor(bot.Username)) question = null;
        try
        {
            var language = responder.LastLanguage(query.Message?.Chat.Id ?? query.From.Id, query.From.Id, "");
            await client.AnswerCallbackQuery(query.Id, question is null ? language.Script(language.ButtonExpired) : null, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An unacknowledged button only spins a little longer on the user's screen; the answer still goes out.
            TelegramLog.CallbackAckFailed(logger, e);
        }

        if (question is null || query.Message is not { } message) return NoReply;
        var request = new ChatRequest(message.Chat.Id, message.Chat.Type != ChatType.Private, query.From.Id, question, command);
        if (await FloodReplyAsync(request, message.Id, cancellationToken) is { } flooded) return flooded;
        return await AnswerAsync(request, message.Id, cancellationToken);
    }

    /// <summary>The answer to a question typed or carried by a button; an over-long one gets a polite refusal.</summary>
    private async Task<IReadOnlyList<OutgoingMessage>> AnswerAsync(ChatRequest request, int messageId, CancellationToken cancellationToken)
    {
        if (request.Text.Length > options.Value.MaxQuestionLength) return await NoticeAsync(request, messageId, l => l.TooLong, cancellationToken);
        var answer = await responder.RespondAsync(request, cancellationToken);
        metrics.Answered(answer.Query.Intent);
        return charts.Render(request.Text, answer, request.ChatId, ReplyTo(request.ChatId, messageId));
    }

    private async Task<IReadOnlyList<OutgoingMessage>> OnMembershipAsync(ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        var chatId = membership.Chat.Id;
        if (membership.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
        {
            TelegramLog.RemovedFromChat(logger, chatId);
            await lifecycle.ChatGoneAsync(chatId, cancellationToken);
        }
        else
        {
            sender.ChatIsBack(chatId);
        }

        return NoReply;
    }

    /// <summary>"@bot query" in any chat: answered directly (not a chat message, so nothing for the outbox), without waiting.</summary>
    private Task<IReadOnlyList<OutgoingMessage>> OnInlineQuery(InlineQuery query, CancellationToken cancellationToken)
    {
        _ = inline.RespondAsync(query, cancellationToken);
        return Task.FromResult(NoReply);
    }

    /// <summary>Null when the user may go on; else the "slow down" notice once, then silence.</summary>
    private async Task<IReadOnlyList<OutgoingMessage>?> FloodReplyAsync(ChatRequest request, int messageId, CancellationToken cancellationToken)
    {
        switch (flood.Check(request.UserId))
        {
            case FloodVerdict.Allow:
                return null;
            case FloodVerdict.Warn:
                TelegramLog.FloodWarned(logger, request.ChatId);
                return await NoticeAsync(request, messageId, l => l.Flood, cancellationToken);
            default:
                return NoReply;
        }
    }

    private async Task<IReadOnlyList<OutgoingMessage>> NoticeAsync(ChatRequest request, int messageId, Func<Language, string> text, CancellationToken cancellationToken)
    {
        var language = await responder.LanguageForAsync(request, cancellationToken);
        return Reply(request.ChatId, messageId, responder.Notice(text(language), language));
    }

    // Replies go to the asking message in groups, so the thread shows who asked what.
    private static IReadOnlyList<OutgoingMessage> Reply(long chatId, int messageId, Answer answer) =>
        TelegramRenderer.Render(answer, chatId, ReplyTo(chatId, messageId));

    private static int? ReplyTo(long chatId, int messageId) => chatId < 0 ? messageId : null;

    private Task<IReadOnlyList<OutgoingMessage>> Ignored(Update update)
    {
        TelegramLog.IgnoredUpdate(logger, update.Id, update.Type);
        return Task.FromResult(NoReply);
    }
}
