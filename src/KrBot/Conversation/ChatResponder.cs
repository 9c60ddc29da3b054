using KrBot.Charts;
using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;
using KrBot.Languages;
using KrBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KrBot.Conversation;

/// <summary>
/// Turns a request into an answer: a host command goes to its handler, everything else (questions, /help,
/// /compare, entity commands) to the fact-base answerer. Shared by Telegram and the terminal chat. Every reply is in
/// the language the chat asked for (/lang), applied to the question (auto: the language it was asked in). A host
/// command whose store is unavailable still gets a reply, and the log says what failed.
/// </summary>
internal sealed class ChatResponder
{
    private readonly Answerer _answerer;
    private readonly Dictionary<string, IChatCommandHandler> _handlers;
    private readonly IChatLanguageStore _languages;
    private readonly ILogger _logger;
    private readonly ConversationMemory _memory;

    public ChatResponder(
        Answerer answerer,
        IEnumerable<IChatCommandHandler> handlers,
        IChatLanguageStore languages,
        ConversationMemory? memory = null,
        ILogger<ChatResponder>? logger = null)
    {
        _answerer = answerer;
        _languages = languages;
        _memory = memory ?? new ConversationMemory(TimeProvider.System);
        _handlers = handlers.SelectMany(h => h.Commands.Select(c => (Name: c, Handler: h))).ToDictionary(x => x.Name, x => x.Handler);
        _logger = logger ?? NullLogger<ChatResponder>.Instance;
    }

    public Answerer Answerer => _answerer;

    public async Task<Answer> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        request = request with { Language = await LanguageForAsync(request, cancellationToken) };

        // A chart is a comparison drawn: its words are the comparison's (Telegram sends the picture with them).
        if (ChartQuestions.AsComparison(request.Text) is { } comparison) request = request with { Text = comparison, Command = SlashCommand.TryParse(comparison) };
        return request.Command is { } command && _handlers.TryGetValue(command.Name, out var handler)
            ? await HandleAsync(handler, command.Name, request, cancellationToken)
            : Ask(request);
    }

    /// <summary>
    /// The language to reply to <paramref name="request"/> in: the chat's preference applied to its text; text that
    /// shows no language (a button, "/lark") keeps the one the same person was last answered in.
    /// </summary>
    public async Task<Language> LanguageForAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var preference = request.Preference ?? await PreferenceAsync(request.ChatId, cancellationToken);
        return Remember(request, preference.Choose(request.Text, request.Standalone ? null : _memory.RecallLanguage(request.ChatId, request.UserId)));
    }

    /// <summary>As <see cref="LanguageForAsync"/> without asking the store: for replies that must not wait or fail (an apology).</summary>
    public Language LastLanguage(long chatId, long userId, string text) =>
        LanguagePreference.Auto.Choose(text, _memory.RecallLanguage(chatId, userId));

    /// <summary>A one-sentence reply that states no fact.</summary>
    public Answer Notice(string text, Language language) => AnswerBuilder.Notice(_answerer.Facts, text, language);

    /// <summary>A question, read as a follow-up of the same person's previous one in the same chat.</summary>
    private Answer Ask(ChatRequest request)
    {
        if (request.Standalone) return _answerer.Ask(request.Text, request.Language);
        var answer = _answerer.Ask(request.Text, _memory.Recall(request.ChatId, request.UserId), out var next, request.Language);
        _memory.Remember(request.ChatId, request.UserId, next);
        return answer;
    }

    private Language Remember(ChatRequest request, Language language)
    {
        if (!request.Standalone) _memory.RememberLanguage(request.ChatId, request.UserId, language);
        return language;
    }

    private async Task<LanguagePreference> PreferenceAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            return await _languages.GetAsync(chatId, cancellationToken);
        }
        catch (Exception e) when (StorageFault.Is(e))
        {
            // The question is still answered, in the language it was asked in; /lang itself says the store failed.
            ConversationLog.LanguageUnreadable(_logger, chatId, StorageFault.Describe(e));
            return LanguagePreference.Auto;
        }
    }

    private async Task<Answer> HandleAsync(IChatCommandHandler handler, string command, ChatRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await handler.HandleAsync(request, cancellationToken);
        }
        catch (Exception e) when (StorageFault.Is(e))
        {
            ConversationLog.StoreFailed(_logger, command, request.ChatId, StorageFault.Describe(e));
            return Notice(request.Language.StoreUnavailable, request.Language);
        }
    }
}
