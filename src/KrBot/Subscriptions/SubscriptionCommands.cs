using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using KrBot.Core.Languages;
using Microsoft.Extensions.Options;

namespace KrBot.Subscriptions;

/// <summary>
/// /subscribe [HH:MM] [Area/City], /unsubscribe, /settings (or /subscription). In groups only administrators may
/// change anything; bad input gets a message with an example and changes nothing. Replies are in the request's language
/// (a bad time or zone is explained in English).
/// </summary>
internal sealed class SubscriptionCommands(
    ISubscriptionStore store,
    IChatAdminCheck admins,
    IOptions<DigestOptions> options,
    FactBase facts,
    IDigestWakeUp wakeUp) : IChatCommandHandler
{
    public IReadOnlyList<string> Commands { get; } = ["subscribe", "unsubscribe", "settings", "subscription"];

    public async Task<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var words = request.Language;
        if (request.IsTerminal) return Say(words.SubscriptionsAreForChats, words);
        var command = request.Command!;
        if (command.Name is "settings" or "subscription") return await SettingsAsync(request.ChatId, words, cancellationToken);
        if (await GroupAdmins.RefusalAsync(admins, request, words.OnlyAdminsDigest, cancellationToken) is { } refusal) return Say(refusal, words);

        if (command.Name == "unsubscribe")
        {
            var removed = await store.RemoveAsync(request.ChatId, cancellationToken);
            return Say(removed ? words.Unsubscribed : words.NotSubscribed, words);
        }

        var defaults = options.Value;
        if (!DigestTime.TryParse(command.Arguments, defaults.Time, defaults.DefaultTimeZone, out var time, out var zone, out var error))
            return Say(error, words);

        var existed = await store.GetAsync(request.ChatId, cancellationToken) is not null;
        await store.UpsertAsync(request.ChatId, time, zone, cancellationToken);
        wakeUp.SubscriptionsChanged();
        return Say(words.Subscribed(existed, DigestTime.Format(time), zone), words);
    }

    private async Task<Answer> SettingsAsync(long chatId, Language words, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(chatId, cancellationToken) is not { } subscription)
            return Say(words.NoSubscription(options.Value.DefaultTime, options.Value.DefaultTimeZone), words);
        var status = subscription.LastSentLocalDate is { } date ? await store.GetDeliveryStatusAsync(chatId, date, cancellationToken) : null;
        return Say(words.SubscriptionSettings(DigestTime.Format(subscription.LocalTime), subscription.TimeZoneId, subscription.LastSentLocalDate, status), words);
    }

    private Answer Say(string text, Language language) => AnswerBuilder.Notice(facts, text, language);
}
