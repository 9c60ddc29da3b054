using KrBot.Charts;

namespace KrBot.Tests.Charts;

public sealed class ChartQuestionsTests
{
    [Theory]
    [InlineData("/chart dingtalk wechatwork", "/compare dingtalk wechatwork")]
    [InlineData("/chart@KrTestBot dingtalk wechatwork users", "/compare dingtalk wechatwork users")]
    [InlineData("Chart dingtalk vs wechat work", "/compare dingtalk vs wechat work")]
    [InlineData("chart: dingtalk, lark", "/compare dingtalk, lark")]
    [InlineData("图表 钉钉 企业微信", "/compare 钉钉 企业微信")]
    [InlineData("/chart", "/compare")]
    public void AsComparison_ChartRequest_IsTheComparisonItDraws(string text, string comparison) =>
        Assert.Equal(comparison, ChartQuestions.AsComparison(text));

    [Theory]
    [InlineData("/compare dingtalk wechatwork")]
    [InlineData("chartered banks")]
    [InlineData("charts of dingtalk")]
    [InlineData("how many users does dingtalk have")]
    public void AsComparison_AnythingElse_IsNull(string text) => Assert.Null(ChartQuestions.AsComparison(text));
}
