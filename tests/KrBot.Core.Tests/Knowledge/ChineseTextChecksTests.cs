namespace KrBot.Core.Tests.Knowledge;

/// <summary>The Chinese fields are translations: checked to be Chinese, beside what they translate, adding no number.</summary>
public sealed class ChineseTextChecksTests : IDisposable
{
    private readonly KnowledgeFolder _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Load_BundledFactBase_HasCuratedChineseForEveryStatementAndWordFigure()
    {
        var facts = BundledKnowledge.Facts;

        Assert.Empty(facts.Facts.Where(f => f.Statement is not null && f.StatementZh is null).Select(f => f.Id));
        Assert.Empty(facts.Facts.Where(f => f.Words is not null && f.WordsZh is null).Select(f => f.Id));
        Assert.Empty(facts.Facts.Where(f => f.Note is not null && f.NoteZh is null).Select(f => f.Id));
        Assert.Empty(facts.Facts.Where(f => f.SaidBy is not null && f.SaidByZh is null).Select(f => f.Id));
        Assert.Empty(facts.Metrics.Where(m => m.NameZh is null).Select(m => m.Id));
        Assert.Equal(
            ["钉钉", "企业微信", "微信", "飞书", "百度", "腾讯", "字节跳动", "京东", "联合国教科文组织", "数字化企业服务市场"],
            facts.Entities.Select(e => e.NameZh).OfType<string>());
    }

    [Fact]
    public void Load_TranslationWithANumberTheFactDoesNotGive_IsAProblem()
    {
        _kb.Replace("facts.yaml", "statement_zh: 飞书属于字节跳动。", "statement_zh: 飞书属于字节跳动，有5000万用户。");

        Assert.Equal(
            [_kb.At("facts.yaml", "statement_zh: 飞书属于", "“statement_zh” gives “5000万”, which neither “statement” nor the quote gives: a translation adds nothing")],
            _kb.Problems());
    }

    [Fact]
    public void Load_TranslationOfAFigureInChineseUnits_IsBackedByTheQuote()
    {
        _kb.Replace("facts.yaml", "said_by_zh: 钉钉新闻稿", "said_by_zh: 钉钉新闻稿（3亿用户）");

        Assert.Empty(_kb.Problems());
    }

    [Fact]
    public void Load_TranslationWithoutTheFieldItTranslates_IsAProblem()
    {
        _kb.Replace("facts.yaml", "statement_zh: 飞书属于字节跳动。", "statement_zh: 飞书属于字节跳动。\n  note_zh: 来源只提到一次。");

        Assert.Equal([_kb.At("facts.yaml", "note_zh: 来源只提到一次", "“note_zh” translates “note”, which this fact does not have")], _kb.Problems());
    }

    [Fact]
    public void Load_ChineseFieldWithoutChinese_IsAProblem()
    {
        _kb.Replace("metrics.yaml", "name_zh: 排名", "name_zh: ranking");

        Assert.Equal([_kb.At("metrics.yaml", "name_zh: ranking", "“name_zh” must be written in Chinese: “ranking” has no Chinese characters")], _kb.Problems());
    }

    [Fact]
    public void Load_ChineseNameNotAmongTheAliases_IsAProblem()
    {
        _kb.Replace("entities.yaml", "name_zh: 百度", "name_zh: 百度公司");

        Assert.Equal(
            [_kb.At("entities.yaml", "name_zh: 百度公司", "“百度公司” is not among the aliases: add it, so that people can ask by the name the bot answers with")],
            _kb.Problems());
    }

    [Fact]
    public void Load_TraditionalNameWithoutTheSimplifiedOne_IsAProblem()
    {
        _kb.Replace("entities.yaml", "  name: JoyMeeting\n", "  name: JoyMeeting\n  name_zh_hant: 京東會議\n");

        Assert.Contains(_kb.At("entities.yaml", "name_zh_hant: 京東會議", "“name_zh_hant” is the traditional form of “name_zh”: give “name_zh” too"), _kb.Problems());
    }
}
