using KrBot.Core.Answering;
using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Charts;

/// <summary>The decisions the text comparison and the chart share.</summary>
public sealed class ComparisonTests
{
    private static Comparison Of(string question) =>
        Comparison.Of(BundledKnowledge.Facts, new FactSelector(BundledKnowledge.Facts), new QuestionParser(BundledKnowledge.Facts).Parse(question));

    [Fact]
    public void Of_DingTalkWeChatWork_DifferentMeasuresAndDates_ReferenceIsTheMeasureAsked()
    {
        var comparison = Of("/compare wechatwork dingtalk");

        Assert.True(comparison.CountsDifferentThings);
        Assert.True(comparison.DifferentDates);
        Assert.False(comparison.HasUndated);
        Assert.Equal("dingtalk-users-2020-03-31", comparison.Reference!.Id);
        Assert.True(comparison.Differs(comparison.FigureOf("wechatwork")!));
        Assert.False(comparison.Differs(comparison.Reference));
    }

    [Fact]
    public void Of_EntityWithoutFigure_IsLeftOutOfTheFigures()
    {
        var comparison = Of("/compare dingtalk lark");

        Assert.Equal(["dingtalk", "lark"], comparison.EntityIds);
        Assert.Single(comparison.Figures);
        Assert.Null(comparison.FigureOf("lark"));
    }
}
