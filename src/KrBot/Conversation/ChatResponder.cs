using KrBot.Charts;
using KrBot.Core.Answering;
using KrBot.Core.Understanding;
using KrBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KrBot.Conversation;

/// <summary>
/// Turns a request into an answer: a host command goes to its handler, everything else (questions, /help,
/// /compare, entity commands) to the fact-base answerer. Shared by Telegram and the terminal chat. A host command
/// whose store is unavailable still gets a reply, and the log says what failed.
/// </summary>
internal sealed class ChatResponder
{
    public const string StoreUnavailableReply = "I could not save that just now; nothing changed. Please try again in a minute.";

    private readonly Answerer _answerer;
    private readonly Dictionary<string, IChatCommandHandler> _handlers;
    private readonly ILogger _logger;
    private readonly ConversationMemory _memory;

    public ChatResponder(Answerer answerer, IEnumerable<IChatCommandHandler> handlers, ConversationMemory? memory = null, ILogger<ChatResponder>? logger = null)
    {
        _answerer = answerer;
        _memory = memory ?? new ConversationMemory(TimeProvider.System);
        _handlers = handlers.SelectMany(h => h.Commands.Select(c => (c.Name, Handler: h))).ToDictionary(x => x.Name, x => x.Handler);
        _logger = logger ?? NullLogger<ChatResponder>.Instance;
    }

    public Answerer Answerer => _answerer;

    public Task<Answer> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        // A chart is a comparison drawn: its words are the comparison's (Telegram sends the picture with them).
        if (ChartQuestions.AsComparison(request.Text) is { } comparison) request = request with { Text = comparison, Command = SlashCommand.TryParse(comparison) };
        return request.Command is { } command && _handlers.TryGetValue(command.Name, out var handler)
            ? HandleAsync(handler, command.Name, request, cancellationToken)
            : Task.FromResult(Ask(request));
    }

    /// <summary>A question, read as a follow-up of the same person's previous one in the same chat.</summary>
    private Answer Ask(ChatRequest request)
    {
        if (request.Standalone) return _answerer.Ask(request.Text);
        var answer = _answerer.Ask(request.Text, _memory.Recall(request.ChatId, request.UserId), out var next);
        _memory.Remember(request.ChatId, request.UserId, next);
        return answer;
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
            return AnswerBuilder.Notice(_answerer.Facts, StoreUnavailableReply);
        }
    }
}
