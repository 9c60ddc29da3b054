using KrBot.Core.Knowledge;

namespace KrBot.Core.Languages;

/// <summary>
/// Commands as the menu and /help list them, and the notices of the host (subscriptions, language, flood and
/// length limits, a store that could not be used): short replies that state no fact.
/// </summary>
public abstract partial class Language
{
    /// <summary>What a built-in or host command does, by its name without the slash; null for a name it does not know.</summary>
    public abstract string? CommandDescription(string command);

    public abstract string EntityCommandDescription(Entity entity);

    /// <summary>How a measure the fact base does not hold reads in a sentence ("the CEO", "where it is headquartered").</summary>
    public abstract string DescribeTerm(string term);

    // Messages.
    public abstract string NotText { get; }

    public abstract string TooLong { get; }

    public abstract string Flood { get; }

    public abstract string Apology { get; }

    public abstract string ButtonExpired { get; }

    public abstract string StoreUnavailable { get; }

    public abstract string AdminCheckFailed { get; }

    // Subscriptions.
    public abstract string SubscriptionsAreForChats { get; }

    public abstract string OnlyAdminsDigest { get; }

    public abstract string Unsubscribed { get; }

    public abstract string NotSubscribed { get; }

    public abstract string Subscribed(bool updated, string time, string zone);

    public abstract string NoSubscription(string defaultTime, string defaultZone);

    /// <summary><paramref name="status"/>: queued, unconfirmed, failed, sent, or null.</summary>
    public abstract string SubscriptionSettings(string time, string zone, DateOnly? lastSent, string? status);

    // The reply language.
    public abstract string OnlyAdminsLanguage { get; }

    public abstract string LanguageSet(LanguagePreference preference);

    public abstract string LanguageNow(LanguagePreference preference);

    public abstract string UnknownLanguage(string given);
}
