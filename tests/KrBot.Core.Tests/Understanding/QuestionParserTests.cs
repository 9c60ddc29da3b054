using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Understanding;

public sealed class QuestionParserTests
{
    private readonly QuestionParser _parser = new(BundledKnowledge.Facts);

    [Theory]
    [InlineData("How many users does DingTalk have?", "dingtalk")]
    [InlineData("dingtlak users", "dingtalk")]
    [InlineData("Ding Talk users", "dingtalk")]
    [InlineData("DINGTALK USERS", "dingtalk")]
    [InlineData("ＤｉｎｇＴａｌｋ users", "dingtalk")]
    [InlineData("钉钉有多少用户？", "dingtalk")]
    [InlineData("Dingding users", "dingtalk")]
    [InlineData("WECHAT WORK users", "wechatwork")]
    [InlineData("WeCom users", "wechatwork")]
    [InlineData("Enterprise WeChat users", "wechatwork")]
    [InlineData("企业微信用户", "wechatwork")]
    [InlineData("微信用户", "wechat")]
    [InlineData("WeChat's users", "wechat")]
    public void Parse_UsersQuestionInAnyForm_FindsEntityAndMetric(string question, string entity)
    {
        var query = _parser.Parse(question);

        Assert.Equal(Intent.Metric, query.Intent);
        Assert.Equal([entity], query.EntityIds);
        Assert.Equal("users", query.MetricId);
    }

    // exact_aliases in entities.yaml must be typed exactly: a typo of one is more likely another word.
    [Theory]
    [InlineData("Dingdng users", "Dingding users", "dingtalk")]
    [InlineData("Dingdin users", "Dingding users", "dingtalk")]
    [InlineData("WXWrk users", "WXWork users", "wechatwork")]
    public void Parse_TypoOfAnExactAlias_IsNotMatchedToItsEntity(string typo, string exact, string entity)
    {
        Assert.DoesNotContain(entity, _parser.Parse(typo).EntityIds);
        Assert.Contains(entity, _parser.Parse(exact).EntityIds);
    }

    [Fact]
    public void Parse_LongestAliasWins_EnterpriseWeChatIsNotWeChat()
    {
        var query = _parser.Parse("企业微信和微信");

        Assert.Equal(["wechatwork", "wechat"], query.EntityIds);
    }

    [Theory]
    [InlineData("ark")]
    [InlineData("Larkspur Bank")]
    [InlineData("ding dong")]
    [InlineData("What's the weather?")]
    [InlineData("How many users does Zoom have?")]
    [InlineData("华为会议有多少用户")]
    public void Parse_NearMissOrOffTopic_IsOutOfScope(string question)
    {
        var query = _parser.Parse(question);

        Assert.Equal(Intent.OutOfScope, query.Intent);
        Assert.Empty(query.EntityIds);
    }

    [Fact]
    public void Parse_UnknownTermIsKeptForTheAnswer()
    {
        Assert.Equal("zoom", _parser.Parse("How many users does Zoom have?").Term);
    }

    [Theory]
    [InlineData("DingTalk revenue?", "revenue")]
    [InlineData("钉钉收入", "收入")]
    [InlineData("how many employees does Tencent have", "employees")]
    public void Parse_KnownEntityUnknownMeasure_IsUnknownMetric(string question, string term)
    {
        var query = _parser.Parse(question);

        Assert.Equal(Intent.UnknownMetric, query.Intent);
        Assert.Equal(term, query.Term);
    }

    [Theory]
    [InlineData("/dingtalk", Intent.Overview)]
    [InlineData("/dingtalk@KrTestBot", Intent.Overview)]
    [InlineData("/DingTalk", Intent.Overview)]
    [InlineData("/feishu", Intent.Overview)]
    [InlineData("/help", Intent.Help)]
    [InlineData("/start", Intent.Start)]
    [InlineData("/sources", Intent.Sources)]
    [InlineData("/frobnicate", Intent.UnknownCommand)]
    public void Parse_SlashCommands(string text, Intent intent)
    {
        Assert.Equal(intent, _parser.Parse(text).Intent);
    }

    [Theory]
    [InlineData("/compare dingtalk wechatwork")]
    [InlineData("/compare@KrTestBot dingtalk wechatwork")]
    [InlineData("Compare DingTalk and WeChat Work")]
    [InlineData("dingtalk vs wecom")]
    [InlineData("钉钉和企业微信对比")]
    [InlineData("Is DingTalk bigger than WeChat Work?")]
    public void Parse_Comparisons_KeepTheOrderOfNames(string text)
    {
        var query = _parser.Parse(text);

        Assert.Equal(Intent.Compare, query.Intent);
        Assert.Equal(["dingtalk", "wechatwork"], query.EntityIds);
    }

    [Fact]
    public void Parse_EntityCommandWithWords_AsksThatMeasure()
    {
        var query = _parser.Parse("/wechatwork meetings");

        Assert.Equal(Intent.Metric, query.Intent);
        Assert.Equal("meeting-hosts", query.MetricId);
    }

    [Theory]
    [InlineData("Who makes Lark?", Intent.Who, "lark")]
    [InlineData("who owns wechat work", Intent.Who, "wechatwork")]
    [InlineData("Who is James Mitchell?", Intent.Overview, "james_mitchell")]
    [InlineData("When did Baidu open its platform?", Intent.When, "baidu")]
    public void Parse_WhoAndWhen(string text, Intent intent, string entity)
    {
        var query = _parser.Parse(text);

        Assert.Equal(intent, query.Intent);
        Assert.Equal(entity, query.EntityIds[0]);
    }

    [Fact]
    public void Parse_CloseButUnsureTypo_AsksInsteadOfGuessing()
    {
        var query = _parser.Parse("bitedanse owner");

        Assert.Equal(Intent.Clarify, query.Intent);
        Assert.Equal(["bytedance"], query.Suggestions);
    }

    [Fact]
    public void Parse_ConfidentTypo_ReportsLowerConfidence()
    {
        var query = _parser.Parse("dingtlak users");

        Assert.InRange(query.Confidence, 0.8, 0.99);
        Assert.Equal(1.0, _parser.Parse("dingtalk users").Confidence);
    }

    [Fact]
    public void Parse_YearInQuestion_IsKept()
    {
        Assert.Equal(2019, _parser.Parse("DingTalk users in 2019").Year);
    }

    [Fact]
    public void Parse_HugeInput_DoesNotThrow()
    {
        var query = _parser.Parse(string.Concat(Enumerable.Repeat("dingtalk ", 10_000)));

        Assert.Equal(["dingtalk"], query.EntityIds);
    }
}
