namespace KrBot.Core.Languages;

/// <summary>
/// The language a chat wants replies in. <see cref="Auto"/> (the default) answers each question in the language it
/// was asked in; <see cref="Chinese"/> answers everything in Chinese, in the script of the question when it is
/// Chinese; the two scripts can also be fixed.
/// </summary>
public enum LanguagePreference
{
    Auto,
    English,
    Chinese,
    SimplifiedChinese,
    TraditionalChinese,
}

public static class LanguagePreferences
{
    /// <summary>"en", "zh", "zh-Hans", "zh-Hant", "auto" (any case, "_" for "-"); null for anything else.</summary>
    public static LanguagePreference? Parse(string? text) => text?.Trim().Replace('_', '-').ToLowerInvariant() switch
    {
        "auto" => LanguagePreference.Auto,
        "en" or "english" => LanguagePreference.English,
        "zh" or "chinese" or "中文" => LanguagePreference.Chinese,
        "zh-hans" or "zh-cn" or "简体" => LanguagePreference.SimplifiedChinese,
        "zh-hant" or "zh-tw" or "zh-hk" or "繁體" or "繁体" => LanguagePreference.TraditionalChinese,
        _ => null,
    };

    /// <summary>The tag the preference is stored and shown as: "auto", "en", "zh", "zh-Hans", "zh-Hant".</summary>
    public static string Code(this LanguagePreference preference) => preference switch
    {
        LanguagePreference.English => "en",
        LanguagePreference.Chinese => "zh",
        LanguagePreference.SimplifiedChinese => "zh-Hans",
        LanguagePreference.TraditionalChinese => "zh-Hant",
        _ => "auto",
    };

    /// <summary>
    /// The language to answer <paramref name="question"/> in. A question that shows no language of its own (a slash
    /// command, a button, "2019?") keeps the language of the same person's <paramref name="previous"/> reply.
    /// </summary>
    public static Language Choose(this LanguagePreference preference, string question, Language? previous = null)
    {
        var asked = QuestionLanguage.Detect(question);
        return preference switch
        {
            LanguagePreference.English => Language.English,
            LanguagePreference.SimplifiedChinese => Language.SimplifiedChinese,
            LanguagePreference.TraditionalChinese => Language.TraditionalChinese,
            LanguagePreference.Chinese => asked is { IsChinese: true } ? asked : previous is { IsChinese: true } ? previous : Language.SimplifiedChinese,
            _ => asked ?? previous ?? Language.English,
        };
    }
}
