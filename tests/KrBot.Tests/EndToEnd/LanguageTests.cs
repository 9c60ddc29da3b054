namespace KrBot.Tests.EndToEnd;

/// <summary>Replies in the asker's language, end to end through the real host and a fake Bot API.</summary>
public sealed class LanguageTests : RunningBotTests
{
    private const long PrivateChat = 701;
    private const long Group = -100700;

    [Fact]
    public async Task ChineseQuestion_IsAnsweredInChinese_TraditionalInTraditional()
    {
        Api.EnqueueMessage(PrivateChat, "钉钉有多少用户？");
        Api.EnqueueMessage(PrivateChat + 1, "飛書是誰的？");

        var replies = await Api.WaitForSentMessagesAsync(2, Wait);

        Assert.StartsWith("钉钉：<b>3亿</b>用户，截至2020年3月31日*", replies.Single(m => m.ChatId == PrivateChat).Text);
        Assert.StartsWith("飛書屬於字節跳動。[1]", replies.Single(m => m.ChatId == PrivateChat + 1).Text);
    }

    [Fact]
    public async Task LangZh_ThenAnEnglishQuestion_IsAnsweredInChinese_AndTheSettingIsStoredWithTheChat()
    {
        Api.EnqueueMessage(PrivateChat, "/lang zh");
        await Api.WaitForSentMessagesAsync(1, Wait);
        Api.EnqueueMessage(PrivateChat, "How many users does DingTalk have?");

        var replies = await Api.WaitForSentMessagesAsync(2, Wait);

        Assert.StartsWith("好的：本聊天今后用中文", replies[0].Text);
        Assert.StartsWith("钉钉：<b>3亿</b>用户", replies[1].Text);
        Assert.Contains("KrASIA，《KEY STAT", replies[1].Text);
    }

    [Fact]
    public async Task LangInAGroup_ByANonAdministrator_IsRefused()
    {
        Api.SetChatMemberStatus(Group, 88, "administrator");
        Api.EnqueueMessage(Group, "/lang@KrTestBot zh", "supergroup", fromUserId: 99);
        await Api.WaitForSentMessagesAsync(1, Wait);
        Api.EnqueueMessage(Group, "/dingtalk@KrTestBot users", "supergroup", fromUserId: 99);

        var replies = await Api.WaitForSentMessagesAsync(2, Wait);

        Assert.StartsWith("Only this group's administrators can change its reply language.", replies[0].Text);
        Assert.StartsWith("DingTalk: <b>300 million</b>", replies[1].Text);
    }

    [Fact]
    public async Task CommandMenu_IsPublishedInEnglishAndInChinese()
    {
        await Api.WaitUntilAsync(() => Api.RegisteredCommands.Any(c => c.LanguageCode == "zh"), Wait, "setMyCommands with language_code zh");

        var english = Api.RegisteredCommands.Where(c => c.LanguageCode is null).ToDictionary(c => c.Command, c => c.Description);
        var chinese = Api.RegisteredCommands.Where(c => c.LanguageCode == "zh").ToDictionary(c => c.Command, c => c.Description);
        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
        Assert.Equal("What I can answer and how to ask", english["help"]);
        Assert.Equal("我能回答什么、怎么提问", chinese["help"]);
        Assert.Equal("钉钉：数据与事实，附来源", chinese["dingtalk"]);
        Assert.Equal("回答语言：/lang en、/lang zh 或 /lang auto", chinese["lang"]);
    }
}
