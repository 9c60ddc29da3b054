using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace KrBot.Subscriptions;

/// <summary>
/// /subscribe [HH:MM] [Area/City], /unsubscribe, /settings (or /subscription). In groups only administrators may
/// change anything; bad input gets a message with an example and changes nothing.
/// </summary>
internal sealed class SubscriptionCommands(
    ISubscriptionStore store,
    IChatAdminCheck admins,
    IOptions<DigestOptions> options,
    FactBase facts,
    IDigestWakeUp wakeUp) : IChatCommandHandler
{
    public IReadOnlyList<CommandHelp> Commands { get; } =
    [
        new("subscribe", "Daily digest in this chat, e.g. /subscribe 08:30 Europe/Berlin"),
        new("unsubscribe", "Stop the daily digest"),
        new("settings", "Show this chat's digest time and zone"),
        new("subscription", "Same as /settings"),
    ];

    public async Task<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        if (request.IsTerminal) return Say("Subscriptions are for Telegram chats. Here, /digest shows today's digest.");
        var command = request.Command!;
        if (command.Name is "settings" or "subscription") return await SettingsAsync(request.ChatId, cancellationToken);

        if (request.IsGroup && !request.SentAsGroup)
        {
            switch (await IsAdminAsync(request, cancellationToken))
            {
                case null:
                    return Say("I could not check your rights in this group just now (Telegram did not answer). Nothing changed; please try again in a minute.");
                case false:
                    return Say("Only this group's administrators can change its digest. /settings shows what is set.");
            }
        }

        if (command.Name == "unsubscribe")
        {
            var removed = await store.RemoveAsync(request.ChatId, cancellationToken);
            return Say(removed ? "Unsubscribed: no more daily digests here. /subscribe starts them again." : "This chat has no digest subscription. /subscribe starts one.");
        }

        var defaults = options.Value;
        if (!DigestTime.TryParse(command.Arguments, defaults.Time, defaults.DefaultTimeZone, out var time, out var zone, out var error))
            return Say(error);

        var existed = await store.GetAsync(request.ChatId, cancellationToken) is not null;
        await store.UpsertAsync(request.ChatId, time, zone, cancellationToken);
        wakeUp.SubscriptionsChanged();
        return Say($"{(existed ? "Updated" : "Subscribed")}: a digest every day at {DigestTime.Format(time)} ({zone}). /digest shows today's now; /unsubscribe stops it.");
    }

    /// <summary>Null when Telegram could not tell (getChatMember failed): the caller says so instead of guessing.</summary>
    private async Task<bool?> IsAdminAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await admins.IsAdminAsync(request.ChatId, request.UserId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private async Task<Answer> SettingsAsync(long chatId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(chatId, cancellationToken) is not { } subscription)
            return Say($"This chat has no digest subscription. /subscribe starts one at {options.Value.DefaultTime} ({options.Value.DefaultTimeZone}).");
        var last = subscription.LastSentLocalDate is { } date
            ? $" Last digest: {date:yyyy-MM-dd}{DeliveryNote(await store.GetDeliveryStatusAsync(chatId, date, cancellationToken))}."
            : " No digest sent yet.";
        return Say($"This chat gets a digest every day at {DigestTime.Format(subscription.LocalTime)} ({subscription.TimeZoneId}).{last}");
    }

    private static string DeliveryNote(string? status) => status switch
    {
        "queued" => " (on its way)",
        "unconfirmed" => " (delivery unconfirmed: the bot restarted while sending it, so it was not sent again)",
        "failed" => " (it could not be delivered)",
        _ => "",
    };

    private Answer Say(string text) => AnswerBuilder.Notice(facts, text);
}
