using KrBot.Core.Answering;

namespace KrBot.Conversation;

/// <summary>
/// A command the host adds to those the fact base answers (/subscribe, /digest...). One small class per feature,
/// registered in DI; <see cref="ChatResponder"/> routes to it by name.
/// </summary>
internal interface IChatCommandHandler
{
    IReadOnlyList<CommandHelp> Commands { get; }

    Task<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken);
}
