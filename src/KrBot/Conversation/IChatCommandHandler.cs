using KrBot.Core.Answering;

namespace KrBot.Conversation;

/// <summary>
/// A command the host adds to those the fact base answers (/subscribe, /digest, /lang...). One small class per
/// feature, registered in DI; <see cref="ChatResponder"/> routes to it by name. Each language describes the commands
/// by name (<see cref="Core.Languages.Language.CommandDescription"/>), for /help and the command menu.
/// </summary>
internal interface IChatCommandHandler
{
    IReadOnlyList<string> Commands { get; }

    /// <summary>Answers in <see cref="ChatRequest.Language"/>.</summary>
    Task<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken);
}
