using KrBot.Core.Charts;
using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Charts;

public sealed class ChartBuilderTests
{
    private readonly ChartBuilder _builder = new(BundledKnowledge.Facts);
    private readonly QuestionParser _parser = new(BundledKnowledge.Facts);

    private Chart Draw(string question, ChartLanguage language = ChartLanguage.English) =>
        _builder.Build(_builder.Plan(_parser.Parse(question), language) ?? throw new InvalidOperationException($"no chart for {question}"))!;

    [Fact]
    public void Build_DingTalkVsWeChatWork_OneBarPerFigureWithValueDateAndMarks()
    {
        var chart = Draw("/compare dingtalk wechatwork");

        Assert.Equal("DingTalk vs WeChat Work: total users", chart.Title);
        Assert.Collection(
            chart.Bars,
            bar => Assert.Equal(("DingTalk", "total users", "300 million", "31 March 2020*", 300e6, false), (bar.Entity, bar.Measure, bar.Figure, bar.Date, bar.Value, bar.Marked)),
            bar => Assert.Equal(("WeChat Work", "user accounts", "60 million", "The end of 2019*", 60e6, true), (bar.Entity, bar.Measure, bar.Figure, bar.Date, bar.Value, bar.Marked)));
        Assert.Equal("Not like for like: they count different things and the dates differ", chart.Caution);
        Assert.NotNull(chart.MarkLegend);
        Assert.Contains("Source: KrASIA, by Julianna Wu", chart.Notes);
        Assert.Contains(chart.Notes, n => n.StartsWith('*'));
    }

    [Fact]
    public void Build_UndatedFigure_IsMarkedAndSaysSo()
    {
        var chart = Draw("dingtalk vs wechat");

        Assert.Equal("date not given", chart.Bars[1].Date);
        Assert.True(chart.Bars[1].Marked);
        Assert.False(chart.Bars[0].Marked);
        Assert.Equal("Not like for like: a figure has no date", chart.Caution);
        Assert.Single(chart.Bars.Select(b => b.Series).Distinct());
    }

    [Fact]
    public void Build_Chinese_LabelsWithChineseNamesNumbersAndDates()
    {
        var chart = Draw("钉钉 对比 企业微信", ChartLanguage.Chinese);

        Assert.Equal("钉钉与企业微信：总用户数", chart.Title); // the Chinese names of the fact base, as in the text answers
        Assert.Equal(("钉钉", "3亿", "2020年3月31日*"), (chart.Bars[0].Entity, chart.Bars[0].Figure, chart.Bars[0].Date));
        Assert.Equal(("企业微信", "6000万", "2019年底*"), (chart.Bars[1].Entity, chart.Bars[1].Figure, chart.Bars[1].Date));
        Assert.StartsWith("不可直接比较：", chart.Caution);
        Assert.Equal("12亿", chart.AxisLabel(1.2e9));
    }

    [Fact]
    public void Plan_FigureGivenOnlyInWords_IsNeverABar()
    {
        // WeChat Work's share of WeChat users is "one-fifth": there is no second number to set beside WeChat's.
        Assert.Null(_builder.Plan(_parser.Parse("/compare wechatwork wechat share"), ChartLanguage.English));
    }

    [Fact]
    public void Build_WordsAmongNumbers_AreANoteNotABar()
    {
        var words = BundledKnowledge.Facts.FindFact("wechatwork-share-of-wechat-users")!;
        var spec = new ChartSpec("users", ["dingtalk-users-2020-03-31", "wechat-users", words.Id], ChartLanguage.English);

        var chart = _builder.Build(spec)!;

        Assert.Equal(2, chart.Bars.Count);
        Assert.DoesNotContain(chart.Bars, b => b.FactId == words.Id);
        Assert.Contains(chart.Notes, n => n.Contains("one-fifth", StringComparison.Ordinal) && n.Contains("not drawn", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("How many users does DingTalk have?")]
    [InlineData("/compare dingtalk lark")]
    [InlineData("/compare dingtalk")]
    [InlineData("/compare lark wechatwork owner")]
    public void Plan_NotAComparisonOfTwoNumbers_HasNoChart(string question) =>
        Assert.Null(_builder.Plan(_parser.Parse(question), ChartLanguage.English));

    [Fact]
    public void Build_FactNoLongerInTheFactBase_IsNull() =>
        Assert.Null(_builder.Build(new ChartSpec("users", ["dingtalk-users-2020-03-31", "gone"], ChartLanguage.English)));

    [Fact]
    public void Spec_Key_DiffersByLanguageAndFacts()
    {
        var english = new ChartSpec("users", ["a", "b"], ChartLanguage.English);

        Assert.NotEqual(english.Key, (english with { Language = ChartLanguage.Chinese }).Key);
        Assert.NotEqual(english.Key, (english with { FactIds = ["b", "a"] }).Key);
    }
}
