using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Understanding;

/// <summary>A conversation, question by question, as one person has it: each follow-up resolved against the one before.</summary>
public sealed class FollowUpTests
{
    [Theory]
    [InlineData("How many users does DingTalk have?", "and Lark?", "metric", "lark", "users")]
    [InlineData("How many users does DingTalk have?", "what about WeChat Work?", "metric", "wechatwork", "users")]
    [InlineData("钉钉有多少用户", "飞书呢？", "metric", "lark", "users")]
    [InlineData("How many users does DingTalk have?", "and WeChat", "metric", "wechat", "users")]
    [InlineData("How many user accounts does WeChat Work have?", "in 2019?", "metric", "wechatwork", "user-accounts")]
    [InlineData("How many users does WeChat have?", "who owns it?", "who", "wechat", "owner")]
    [InlineData("Who makes Lark?", "and JoyMeeting?", "who", "joymeeting", "owner")]
    [InlineData("Tell me about Baidu", "when did it open its platform?", "when", "baidu", "launch")]
    public void SecondQuestion_IsReadAgainstTheFirst(string first, string second, string intent, string entity, string metric)
    {
        var query = Conversation(first, second);

        Assert.Equal((intent, entity, metric), (Name(query.Intent), query.EntityIds[0], query.MetricId));
    }

    [Theory]
    [InlineData("compare them")]
    [InlineData("which is bigger?")]
    [InlineData("比较一下")]
    public void CompareThem_ComparesTheLastTwoNamed(string question)
    {
        var query = Conversation("How many users does DingTalk have?", "and WeChat?", question);

        Assert.Equal(Intent.Compare, query.Intent);
        Assert.Equal(["wechat", "dingtalk"], query.EntityIds);
    }

    [Theory]
    [InlineData("How many users does Lark have?")]
    [InlineData("Compare DingTalk and WeChat Work")]
    [InlineData("/joymeeting")]
    public void QuestionCompleteInItself_IsNeverChanged(string question)
    {
        var alone = new QuestionParser(BundledKnowledge.Facts).Parse(question);
        var followingUp = Conversation("How many users does WeChat have?", question);

        Assert.Equal((alone.Intent, alone.MetricId, alone.Year), (followingUp.Intent, followingUp.MetricId, followingUp.Year));
        Assert.Equal(alone.EntityIds, followingUp.EntityIds);
    }

    [Fact]
    public void FollowUpWithoutAnEarlierQuestion_IsAnsweredAsItStands()
    {
        var answer = BundledKnowledge.Answerer.Ask("and Lark?", previous: null, out _);

        Assert.Equal(Intent.Overview, answer.Query.Intent);
    }

    [Fact]
    public void AnOffTopicQuestion_DoesNotEraseTheThread()
    {
        var query = Conversation("How many users does DingTalk have?", "what's the weather?", "and Lark?");

        Assert.Equal(("lark", "users"), (query.EntityIds[0], query.MetricId));
    }

    private static Query Conversation(params string[] questions)
    {
        ConversationState? state = null;
        Query last = null!;
        foreach (var question in questions)
        {
            last = BundledKnowledge.Answerer.Ask(question, state, out state).Query;
        }

        return last;
    }

    private static string Name(Intent intent) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(intent.ToString());
}
