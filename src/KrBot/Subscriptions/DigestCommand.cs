using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Digests;
using Microsoft.Extensions.Options;

namespace KrBot.Subscriptions;

/// <summary>/digest: today's digest now, in the chat's own zone and language. It does not count as the day's scheduled one.</summary>
internal sealed class DigestCommand(DigestComposer composer, ISubscriptionStore store, IOptions<DigestOptions> options, TimeProvider timeProvider) : IChatCommandHandler
{
    public IReadOnlyList<string> Commands { get; } = ["digest"];

    public async Task<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var subscription = request.IsTerminal ? null : await store.GetAsync(request.ChatId, cancellationToken);
        var zone = subscription?.TimeZoneId ?? options.Value.DefaultTimeZone;
        var today = DigestSchedule.LocalDate(timeProvider.GetUtcNow(), zone);
        return composer.Compose(today, subscription?.Memory ?? DigestHistory.None, request.Language).Answer;
    }
}
