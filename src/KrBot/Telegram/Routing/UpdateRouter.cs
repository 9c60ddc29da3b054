using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Understanding;
using KrBot.Telegram.Rendering;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram.Routing;

/// <summary>
/// First level of routing: a switch on the update's shape. Messages and button presses become answers sent
/// through the outbound sender; membership changes and migrations update the chat's state; anything else is
/// ignored. Replies are queued, not awaited: the sender owns delivery, order and retries.
/// </summary>
internal sealed class UpdateRouter(
    BotIdentity bot,
    ChatResponder responder,
    FloodGuard flood,
    IOutboundSender sender,
    IChatLifecycle lifecycle,
    ITelegramBotClient client,
    IOptions<TelegramOptions> options,
    ILogger<UpdateRouter> logger)
{
    public Task RouteAsync(Update update, CancellationToken cancellationToken) => update switch
    {
        { Message: { } message } => OnMessageAsync(message, cancellationToken),
        { CallbackQuery: { } query } => OnButtonAsync(query, cancellationToken),
        { MyChatMember: { } membership } => OnMembershipAsync(membership, cancellationToken),
        _ => Ignored(update),
    };

    private async Task OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        var route = MessageClassifier.Classify(message, bot);
        var chatId = message.Chat.Id;
        if (route.Kind == MessageRouteKind.Migrated)
        {
            TelegramLog.ChatMigrated(logger, chatId, route.NewChatId);
            await lifecycle.ChatMigratedAsync(chatId, route.NewChatId, cancellationToken);
            return;
        }

        if (route.Kind == MessageRouteKind.Ignore) return;
        sender.ChatIsBack(chatId);
        var userId = message.From?.Id ?? chatId;
        if (!PassesFloodControl(userId, chatId, message.Id)) return;

        if (route.Kind == MessageRouteKind.NotText)
        {
            Reply(chatId, message.Id, Notice("I read text only. Ask me a question, for example “How many users does DingTalk have?”, or send /help."));
            return;
        }

        if (route.Text.Length > options.Value.MaxQuestionLength)
        {
            Reply(chatId, message.Id, Notice("That is longer than a question I can answer. Please ask one short question at a time."));
            return;
        }

        var request = new ChatRequest(chatId, message.Chat.Type != ChatType.Private, userId, route.Text, route.Command, MessageClassifier.IsAnonymousAdmin(message));
        Reply(chatId, message.Id, await responder.RespondAsync(request, cancellationToken));
    }

    /// <summary>A "did you mean" or follow-up button: acknowledge it, then answer its question in the chat.</summary>
    private async Task OnButtonAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var question = CallbackData.QuestionOf(query.Data);
        try
        {
            await client.AnswerCallbackQuery(query.Id, question is null ? "This button no longer works." : null, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An unacknowledged button only spins a little longer on the user's screen; the answer still goes out.
            TelegramLog.CallbackAckFailed(logger, e);
        }

        if (question is null || query.Message is not { } message) return;
        var chatId = message.Chat.Id;
        if (!PassesFloodControl(query.From.Id, chatId, message.Id)) return;

        var request = new ChatRequest(chatId, message.Chat.Type != ChatType.Private, query.From.Id, question, SlashCommand.TryParse(question));
        Reply(chatId, message.Id, await responder.RespondAsync(request, cancellationToken));
    }

    private async Task OnMembershipAsync(ChatMemberUpdated membership, CancellationToken cancellationToken)
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
    }

    private bool PassesFloodControl(long userId, long chatId, int messageId)
    {
        switch (flood.Check(userId))
        {
            case FloodVerdict.Allow:
                return true;
            case FloodVerdict.Warn:
                TelegramLog.FloodWarned(logger, chatId);
                Reply(chatId, messageId, Notice("You are sending messages faster than I can read them. Please slow down; I will answer again in a few seconds."));
                return false;
            default:
                return false;
        }
    }

    private void Reply(long chatId, int messageId, Answer answer)
    {
        // Replies go to the asking message in groups, so the thread shows who asked what.
        var replyTo = chatId < 0 ? messageId : (int?)null;
        foreach (var outgoing in TelegramRenderer.Render(answer, chatId, replyTo))
            _ = sender.SendAsync(outgoing, CancellationToken.None);
    }

    private Answer Notice(string text) => AnswerBuilder.Notice(responder.Answerer.Facts, text);

    private Task Ignored(Update update)
    {
        TelegramLog.IgnoredUpdate(logger, update.Id, update.Type);
        return Task.CompletedTask;
    }
}
