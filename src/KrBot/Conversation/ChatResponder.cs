using KrBot.Core.Answering;

namespace KrBot.Conversation;

/// <summary>
/// Turns a request into an answer: a host command goes to its handler, everything else (questions, /help,
/// /compare, entity commands) to the fact-base answerer. Shared by Telegram and the terminal chat.
/// </summary>
internal sealed class ChatResponder
{
    private readonly Answerer _answerer;
    private readonly Dictionary<string, IChatCommandHandler> _handlers;

    public ChatResponder(Answerer answerer, IEnumerable<IChatCommandHandler> handlers)
    {
        _answerer = answerer;
        _handlers = handlers.SelectMany(h => h.Commands.Select(c => (c.Name, Handler: h))).ToDictionary(x => x.Name, x => x.Handler);
    }

    public Answerer Answerer => _answerer;

    public Task<Answer> RespondAsync(ChatRequest request, CancellationToken cancellationToken) =>
        request.Command is { } command && _handlers.TryGetValue(command.Name, out var handler)
            ? handler.HandleAsync(request, cancellationToken)
            : Task.FromResult(_answerer.Ask(request.Text));
}
