using System.Globalization;
using KrBot.Core.Knowledge;

namespace KrBot.Core.Languages;

internal sealed partial class EnglishLanguage
{
    public override string? CommandDescription(string command) => command switch
    {
        "help" => "What I can answer and how to ask",
        "compare" => "Compare two names, e.g. /compare dingtalk wechatwork",
        "sources" => "Where the facts come from",
        "subscribe" => "Daily digest in this chat, e.g. /subscribe 08:30 Europe/Berlin",
        "unsubscribe" => "Stop the daily digest",
        "settings" => "Show this chat's digest time and zone",
        "subscription" => "Same as /settings",
        "digest" => "Today's digest, now",
        "lang" => "Reply language: /lang en, /lang zh or /lang auto",
        "chart" => "A comparison as a bar chart, e.g. /chart dingtalk wechatwork",
        _ => null,
    };

    public override string EntityCommandDescription(Entity entity) => $"{entity.Name}: figures and facts, with sources";

    public override string DescribeTerm(string term) => term switch
    {
        "ceo" or "chief executive" => "the CEO",
        "founder" or "founders" or "founded" => "who founded it or when",
        "chairman" or "president" => "the " + term,
        "hq" or "headquarters" or "headquartered" => "where it is headquartered",
        "ipo" => "an IPO",
        "mau" => "monthly active users",
        _ => term.All(c => c < 128) ? term : $"“{term}”",
    };

    public override string NotText => "I read text only. Ask me a question, for example “How many users does DingTalk have?”, or send /help.";

    public override string TooLong => "That is longer than a question I can answer. Please ask one short question at a time.";

    public override string Flood => "You are sending messages faster than I can read them. Please slow down; I will answer again in a few seconds.";

    public override string Apology => "Sorry, something went wrong while answering that. Please try again.";

    public override string ButtonExpired => "This button no longer works.";

    public override string StoreUnavailable => "I could not save that just now; nothing changed. Please try again in a minute.";

    public override string AdminCheckFailed => "I could not check your rights in this group just now (Telegram did not answer). Nothing changed; please try again in a minute.";

    public override string SubscriptionsAreForChats => "Subscriptions are for Telegram chats. Here, /digest shows today's digest.";

    public override string OnlyAdminsDigest => "Only this group's administrators can change its digest. /settings shows what is set.";

    public override string Unsubscribed => "Unsubscribed: no more daily digests here. /subscribe starts them again.";

    public override string NotSubscribed => "This chat has no digest subscription. /subscribe starts one.";

    public override string Subscribed(bool updated, string time, string zone) =>
        $"{(updated ? "Updated" : "Subscribed")}: a digest every day at {time} ({zone}). /digest shows today's now; /unsubscribe stops it.";

    public override string NoSubscription(string defaultTime, string defaultZone) =>
        $"This chat has no digest subscription. /subscribe starts one at {defaultTime} ({defaultZone}).";

    public override string SubscriptionSettings(string time, string zone, DateOnly? lastSent, string? status)
    {
        var last = lastSent is { } date
            ? $" Last digest: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{DeliveryNote(status)}."
            : " No digest sent yet.";
        return $"This chat gets a digest every day at {time} ({zone}).{last}";
    }

    public override string OnlyAdminsLanguage => "Only this group's administrators can change its reply language. /lang shows what is set.";

    public override string LanguageSet(LanguagePreference preference) => preference switch
    {
        LanguagePreference.Auto => "Replies here now follow each question: English in English, Chinese in Chinese.",
        _ => $"Replies here are now {Describe(preference)}, whatever the language of the question. /lang auto answers each question in its own language.",
    };

    public override string LanguageNow(LanguagePreference preference) =>
        $"Replies here are {Describe(preference)}. Change it with /lang en, /lang zh or /lang auto.";

    public override string UnknownLanguage(string given) =>
        $"I reply in English or Chinese, not “{given}”: /lang en, /lang zh, or /lang auto to answer each question in its own language.";

    private static string Describe(LanguagePreference preference) => preference switch
    {
        LanguagePreference.English => "in English",
        LanguagePreference.Chinese => "in Chinese (in the script of the question)",
        LanguagePreference.SimplifiedChinese => "in simplified Chinese",
        LanguagePreference.TraditionalChinese => "in traditional Chinese",
        _ => "in the language of each question (auto)",
    };

    private static string DeliveryNote(string? status) => status switch
    {
        "queued" => " (on its way)",
        "unconfirmed" => " (delivery unconfirmed: the bot restarted while sending it, so it was not sent again)",
        "failed" => " (it could not be delivered)",
        _ => "",
    };
}
