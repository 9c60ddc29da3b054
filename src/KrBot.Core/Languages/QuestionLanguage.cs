using KrBot.Core.Understanding;

namespace KrBot.Core.Languages;

/// <summary>
/// The language a question is asked in. Chinese when it has at least as many Chinese characters as Latin words
/// ("钉钉 users", "DingTalk 用户数"), English when Latin words outnumber them ("tell me about 飞书"), and in the
/// traditional script when it has more characters only traditional text uses than only simplified text uses.
/// Slash commands and buttons name things by their ids: only Chinese in their arguments says anything.
/// </summary>
public static class QuestionLanguage
{
    /// <summary>The language asked in, or null when the text shows none ("/dingtalk", "2019?", "👍").</summary>
    public static Language? Detect(string question)
    {
        var command = SlashCommand.TryParse(question);
        var text = command?.Arguments ?? question;
        int han = 0, latinWords = 0, simplified = 0, traditional = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var latin = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
            if (latin && !inWord) latinWords++;
            inWord = latin;
            if (!TextNormalizer.IsHan(c)) continue;
            han++;
            if (TraditionalScript.IsSimplifiedOnly(c)) simplified++;
            else if (TraditionalScript.IsTraditionalOnly(c)) traditional++;
        }

        if (command is not null) latinWords = 0;
        if (han > 0 && han >= latinWords) return traditional > simplified ? Language.TraditionalChinese : Language.SimplifiedChinese;
        return latinWords > 0 ? Language.English : null;
    }
}
