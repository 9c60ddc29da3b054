using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using KrBot.Core.Languages;
using KrBot.Subscriptions;

namespace KrBot.Languages;

/// <summary>
/// /lang shows the chat's reply language; /lang en|zh|auto (or zh-hans, zh-hant) sets it, in groups for administrators
/// only, like /subscribe. The confirmation is already in the new language.
/// </summary>
internal sealed class LanguageCommand(IChatLanguageStore store, IChatAdminCheck admins, FactBase facts) : IChatCommandHandler
{
    public IReadOnlyList<string> Commands { get; } = ["lang"];

    public async Task<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var words = request.Language;
        var argument = request.Command?.Arguments.Trim() ?? "";
        if (argument.Length == 0) return Say(words.LanguageNow(await store.GetAsync(request.ChatId, cancellationToken)), words);
        if (LanguagePreferences.Parse(argument) is not { } preference) return Say(words.UnknownLanguage(argument), words);
        if (await GroupAdmins.RefusalAsync(admins, request, words.OnlyAdminsLanguage, cancellationToken) is { } refusal) return Say(refusal, words);

        await store.SetAsync(request.ChatId, preference, cancellationToken);
        var now = preference.Choose(request.Text, words);
        return Say(now.LanguageSet(preference), now);
    }

    private Answer Say(string text, Language language) => AnswerBuilder.Notice(facts, text, language);
}
