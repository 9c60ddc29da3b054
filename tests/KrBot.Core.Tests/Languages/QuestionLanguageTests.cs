using KrBot.Core.Languages;

namespace KrBot.Core.Tests.Languages;

public sealed class QuestionLanguageTests
{
    [Theory]
    [InlineData("How many users does DingTalk have?", "en")]
    [InlineData("钉钉有多少用户？", "zh-Hans")]
    [InlineData("釘釘有多少用戶", "zh-Hant")]
    [InlineData("飛書是誰的", "zh-Hant")]
    [InlineData("企業微信有多少帳號", "zh-Hant")]
    [InlineData("钉钉 users", "zh-Hans")]
    [InlineData("DingTalk 用户数", "zh-Hans")]
    [InlineData("DingTalk 和 WeChat Work 哪个大", "zh-Hans")]
    [InlineData("tell me about 飞书 please", "en")]
    [InlineData("/compare 钉钉 企业微信", "zh-Hans")]
    [InlineData("你好", "zh-Hans")]
    [InlineData("in 2019?", "en")]
    public void Detect_TheLanguageAndScriptAsked(string question, string expected)
    {
        Assert.Equal(expected, QuestionLanguage.Detect(question)?.Code);
    }

    [Theory]
    [InlineData("/dingtalk")]
    [InlineData("/compare dingtalk wechatwork")]
    [InlineData("2019?")]
    [InlineData("👍")]
    [InlineData("")]
    public void Detect_TextThatShowsNoLanguage_IsNull(string question)
    {
        Assert.Null(QuestionLanguage.Detect(question));
    }

    [Theory]
    [InlineData(LanguagePreference.Auto, "How many users?", null, "en")]
    [InlineData(LanguagePreference.Auto, "钉钉有多少用户", null, "zh-Hans")]
    [InlineData(LanguagePreference.Auto, "/dingtalk", "zh-Hant", "zh-Hant")]
    [InlineData(LanguagePreference.Auto, "/dingtalk", null, "en")]
    [InlineData(LanguagePreference.English, "钉钉有多少用户", null, "en")]
    [InlineData(LanguagePreference.Chinese, "How many users does DingTalk have?", null, "zh-Hans")]
    [InlineData(LanguagePreference.Chinese, "How many users does DingTalk have?", "zh-Hant", "zh-Hant")]
    [InlineData(LanguagePreference.Chinese, "飛書是誰的", null, "zh-Hant")]
    [InlineData(LanguagePreference.SimplifiedChinese, "飛書是誰的", null, "zh-Hans")]
    [InlineData(LanguagePreference.TraditionalChinese, "who owns Lark?", null, "zh-Hant")]
    public void Choose_ThePreferenceAppliedToTheQuestion(LanguagePreference preference, string question, string? previous, string expected)
    {
        var last = previous switch { "zh-Hant" => Language.TraditionalChinese, "zh-Hans" => Language.SimplifiedChinese, _ => null };

        Assert.Equal(expected, preference.Choose(question, last).Code);
    }

    [Theory]
    [InlineData("en", LanguagePreference.English)]
    [InlineData("ZH", LanguagePreference.Chinese)]
    [InlineData("auto", LanguagePreference.Auto)]
    [InlineData("zh-hant", LanguagePreference.TraditionalChinese)]
    [InlineData("zh_Hans", LanguagePreference.SimplifiedChinese)]
    [InlineData("中文", LanguagePreference.Chinese)]
    public void Parse_TheCodesOfLang(string text, LanguagePreference expected)
    {
        Assert.Equal(expected, LanguagePreferences.Parse(text));
        Assert.Equal(expected, LanguagePreferences.Parse(expected.Code()));
    }

    [Fact]
    public void Parse_ALanguageWeDoNotReplyIn_IsNull()
    {
        Assert.Null(LanguagePreferences.Parse("fr"));
    }
}
