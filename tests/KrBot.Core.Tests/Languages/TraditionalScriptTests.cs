using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Languages;

public sealed class TraditionalScriptTests
{
    [Theory]
    [InlineData("飞书", "飛書")]
    [InlineData("企业微信", "企業微信")]
    [InlineData("钉钉：3亿用户，截至2020年3月31日", "釘釘：3億用戶，截至2020年3月31日")]
    [InlineData("字节跳动", "字節跳動")]
    [InlineData("几秒钟后", "幾秒鐘後")]
    [InlineData("DingTalk, 300 million", "DingTalk, 300 million")]
    public void Convert_CharacterByCharacter(string simplified, string traditional)
    {
        Assert.Equal(traditional, TraditionalScript.Convert(simplified));
    }

    [Fact]
    public void Convert_TraditionalText_StaysAsItIs()
    {
        Assert.Equal("飛書屬於字節跳動。", TraditionalScript.Convert("飛書屬於字節跳動。"));
    }

    [Fact]
    public void Table_EveryCharacterOfTheChineseReplies_IsKnown()
    {
        var texts = LanguageSamples.Texts(Language.SimplifiedChinese).ToList();
        var facts = BundledKnowledge.Facts;
        texts.AddRange(facts.Facts.SelectMany(f => new[] { f.StatementZh, f.WordsZh, f.NoteZh, f.SaidByZh }).OfType<string>());
        texts.AddRange(facts.Entities.Select(e => e.NameZh).OfType<string>());
        texts.AddRange(facts.Metrics.SelectMany(m => new[] { m.NameZh, m.UnitZh }).OfType<string>());

        var unknown = texts.SelectMany(t => t).Where(TextNormalizer.IsHan).Where(c => !TraditionalScript.IsKnown(c)).Distinct().ToList();

        Assert.True(unknown.Count == 0, $"add to TraditionalScript (with their traditional forms): {string.Concat(unknown)}");
        Assert.True(texts.Count > 150, "the samples must cover the templates");
    }

    [Fact]
    public void Table_MapsEachCharacterOnce_AndNeverToASimplifiedOne()
    {
        foreach (var c in "万与业东两个为举么书发后里钟飞钉")
        {
            var converted = TraditionalScript.Convert(c.ToString())[0];
            Assert.NotEqual(c, converted);
            Assert.False(TraditionalScript.IsSimplifiedOnly(converted));
            Assert.Equal(converted.ToString(), TraditionalScript.Convert(converted.ToString()));
        }
    }

    [Fact]
    public void Answer_InTraditional_HasNoSimplifiedOnlyCharacter()
    {
        foreach (var question in new[] { "企业微信", "/compare dingtalk wechatwork", "/help", "/unesco", "钉钉收入", "market size" })
        {
            var text = BundledKnowledge.Answerer.Ask(question, Language.TraditionalChinese).ToPlainText();
            Assert.DoesNotContain(text, TraditionalScript.IsSimplifiedOnly);
        }
    }
}
