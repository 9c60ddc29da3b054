using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Answering;

/// <summary>What Chinese replies add to the English ones; figures, dates and caveats are in replies.tsv.</summary>
public sealed class ChineseAnswersTests
{
    private readonly Answerer _answerer = BundledKnowledge.Answerer;

    [Fact]
    public void Ask_ChineseQuestion_KeepsTheFactIdOnTheFigureAndTheSameCitation()
    {
        var english = _answerer.Ask("How many users does DingTalk have?");
        var chinese = _answerer.Ask("钉钉有多少用户？");

        var figure = Assert.Single(chinese.Paragraphs.SelectMany(p => p.Spans).OfType<FigureSpan>());
        Assert.Equal(("3亿", "dingtalk-users-2020-03-31"), (figure.Text, figure.FactId));
        Assert.Equal(english.Citations.Select(c => (c.Number, c.Source.Id, string.Join(",", c.FactIds))), chinese.Citations.Select(c => (c.Number, c.Source.Id, string.Join(",", c.FactIds))));
        Assert.Equal(english.Suggestions.Select(s => s.Question), chinese.Suggestions.Select(s => s.Question));
        Assert.Equal(["钉钉 对比 企业微信", "钉钉 对比 微信", "钉钉的全部信息"], chinese.Suggestions.Select(s => s.Label));
    }

    [Fact]
    public void Ask_ComputedRatioInChinese_IsLabelledAndNamesItsFacts()
    {
        var answer = _answerer.Ask("/compare dingtalk wechatwork", Language.SimplifiedChinese);

        var ratio = Assert.Single(answer.Paragraphs.SelectMany(p => p.Spans).OfType<ComputedSpan>());
        Assert.Equal("5倍", ratio.Text);
        Assert.Equal(["dingtalk-users-2020-03-31", "wechatwork-user-accounts-2019"], ratio.FactIds);
        Assert.Contains("根据两个引用的数字计算", answer.ToPlainText());
    }

    [Fact]
    public void Ask_FollowUpInChinese_IsReadAgainstThePreviousQuestion()
    {
        _answerer.Ask("钉钉有多少用户", null, out var state);
        var text = _answerer.Ask("飞书呢？", state, out _).ToPlainText();

        Assert.StartsWith("我没有飞书的总用户数。", text);
        Assert.Contains("关于飞书，我有的是：", text);
    }

    [Fact]
    public void Ask_YearWeHaveNoFigureFor_SaysWhichDateWeHave_InChinese()
    {
        var text = _answerer.Ask("钉钉2019年的用户", Language.SimplifiedChinese).ToPlainText();

        Assert.StartsWith("我没有钉钉在2019年的总用户数数据；我有的是2020年3月31日*的数字：", text);
    }

    [Fact]
    public void Ask_EnglishStatementOfAFactWithoutChinese_IsShownAsWritten()
    {
        var facts = BundledKnowledge.Facts;
        var fact = facts.FindFact("lark-owner")! with { StatementZh = null };
        var builder = new AnswerBuilder(facts, Language.SimplifiedChinese);
        builder.Add(FactPhrases.Sentence(builder, fact));

        Assert.Equal("Lark belongs to ByteDance.[1]", builder.Build(Query.Of("飞书", Intent.Who)).Paragraphs[0].PlainText);
    }

    [Fact]
    public void Ask_UnknownCommandInChinese_KeepsTheCommandsAsCommands()
    {
        var answer = _answerer.Ask("/weibo 用户");

        Assert.Equal("我不认识命令 /weibo。输入 /help 查看我支持的命令。", answer.ToPlainText());
        Assert.Equal(["/weibo", "/help"], answer.Paragraphs[0].Spans.OfType<CommandSpan>().Select(s => s.Text));
    }
}
