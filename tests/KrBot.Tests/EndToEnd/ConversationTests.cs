using System.Text.Json.Nodes;
using KrBot.FakeBotApi;

namespace KrBot.Tests.EndToEnd;

/// <summary>Questions in private chats and groups, end to end through the real host and a fake Bot API.</summary>
public sealed class ConversationTests : RunningBotTests
{
    private const long PrivateChat = 501;
    private const long Group = -100200;

    [Fact]
    public async Task PrivateQuestion_IsAnsweredInHtmlWithFigureDateAndSource()
    {
        Api.EnqueueMessage(PrivateChat, "How many users does DingTalk have?");

        var reply = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));

        Assert.Equal(PrivateChat, reply.ChatId);
        Assert.Equal("HTML", reply.ParseMode);
        Assert.StartsWith("DingTalk: <b>300 million</b> users, as of 31 March 2020", reply.Text);
        Assert.Contains("KrASIA", reply.Text);
        Assert.Null(reply.ReplyToMessageId);
    }

    [Fact]
    public async Task PrivateChineseQuestion_IsAnsweredInChinese_WithTheSameFigureAndSource()
    {
        Api.EnqueueMessage(PrivateChat, "钉钉有多少用户？");

        var text = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait)).Text;
        Assert.StartsWith("钉钉：<b>3亿</b>用户，截至2020年3月31日*", text);
        Assert.Contains("KrASIA", text);
    }

    [Fact]
    public async Task GroupCommandForUs_IsAnsweredAsAReply_OtherBotsCommandsAndChatterAreIgnored()
    {
        Api.EnqueueMessage(Group, "/dingtalk@OtherBot", "supergroup");
        Api.EnqueueMessage(Group, "has anyone tried lark?", "supergroup");
        Api.EnqueueMessage(Group, "/compare@KrTestBot dingtalk wechatwork", "supergroup");

        var reply = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));
        await Api.WaitUntilConfirmedAsync(3, Wait);

        Assert.Equal(Group, reply.ChatId);
        Assert.Equal(3, reply.ReplyToMessageId);
        Assert.Contains("<i>5 times</i>", reply.Text);
        Assert.Single(Api.SentMessages);
    }

    [Fact]
    public async Task GroupReplyToTheBot_IsAnswered()
    {
        Api.EnqueueMessage(Group, "/lark@KrTestBot", "supergroup");
        var first = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));

        Api.EnqueueMessage(Group, "who makes it? lark", "supergroup", replyToMessageId: first.MessageId, replyToBot: true);

        var replies = await Api.WaitForSentMessagesAsync(2, Wait);
        Assert.Contains("Lark belongs to ByteDance.", replies[1].Text);
    }

    [Fact]
    public async Task DidYouMeanButton_PressedAnswersItsQuestionAndIsAcknowledged()
    {
        Api.EnqueueMessage(PrivateChat, "bitedanse owner");
        var offer = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));
        var data = offer.ReplyMarkup!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>();

        Api.EnqueueCallbackQuery(PrivateChat, PrivateChat, data, offer.MessageId);

        var replies = await Api.WaitForSentMessagesAsync(2, Wait);
        await Api.WaitForRequestAsync("answerCallbackQuery", Wait);
        Assert.StartsWith("I’m not sure which you mean. Did you mean ByteDance?", offer.Text);
        Assert.Contains("Lark belongs to ByteDance.", replies[1].Text);
    }

    [Fact]
    public async Task FollowUpsInAGroup_EachMembersThreadStaysTheirOwn()
    {
        Api.EnqueueMessage(Group, "@KrTestBot how many users does DingTalk have?", "supergroup", fromUserId: 11);
        Api.EnqueueMessage(Group, "@KrTestBot how many user accounts does WeChat Work have?", "supergroup", fromUserId: 12);
        await Api.WaitForSentMessagesAsync(2, Wait);

        Api.EnqueueMessage(Group, "and WeChat?", "supergroup", fromUserId: 11, replyToBot: true);
        Api.EnqueueMessage(Group, "who owns it?", "supergroup", fromUserId: 12, replyToBot: true);
        var replies = await Api.WaitForSentMessagesAsync(4, Wait);

        Assert.StartsWith("WeChat: <b>1.2 billion</b> users", replies[2].Text);
        Assert.Contains("Tencent is WeChat Work’s parent company", replies[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonWithACommandForAnotherBot_IsAcknowledgedButNotAnswered()
    {
        Api.EnqueueMessage(PrivateChat, "/help");
        var help = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));

        Api.EnqueueCallbackQuery(PrivateChat, PrivateChat, "q:/dingtalk@OtherBot", help.MessageId);
        await Api.WaitForRequestAsync("answerCallbackQuery", Wait);
        Api.EnqueueMessage(PrivateChat, "/lark");
        var replies = await Api.WaitForSentMessagesAsync(2, Wait);

        Assert.StartsWith("<b>Lark</b>", replies[1].Text);
    }

    [Fact]
    public async Task ButtonWithAnOverlongQuestion_GetsThePoliteRefusal_LikeTypedText()
    {
        Api.EnqueueMessage(PrivateChat, "/help");
        var help = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));

        // Telegram caps real callback data at 64 bytes; a forged or buggy client may send anything.
        Api.EnqueueCallbackQuery(PrivateChat, PrivateChat, "q:" + string.Concat(Enumerable.Repeat("how many users does dingtalk have ", 20)), help.MessageId);
        var replies = await Api.WaitForSentMessagesAsync(2, Wait);

        Assert.StartsWith("That is longer than a question I can answer.", replies[1].Text);
    }

    [Fact]
    public async Task UpdatesWeDoNotHandle_NeverStopTheBot()
    {
        Api.EnqueueEditedMessage(PrivateChat, 1, "edited text");
        Api.EnqueueRawUpdate(new JsonObject { ["channel_post"] = new JsonObject { ["message_id"] = 1, ["date"] = 0, ["chat"] = new JsonObject { ["id"] = -1009, ["type"] = "channel" }, ["text"] = "/dingtalk" } });
        Api.EnqueueRawUpdate(new JsonObject { ["message"] = new JsonObject { ["message_id"] = 9, ["date"] = 0, ["chat"] = new JsonObject { ["id"] = Group, ["type"] = "supergroup", ["title"] = "g" }, ["from"] = new JsonObject { ["id"] = 3, ["is_bot"] = false, ["first_name"] = "A" }, ["sticker"] = new JsonObject { ["file_id"] = "x", ["file_unique_id"] = "y", ["type"] = "regular", ["width"] = 1, ["height"] = 1, ["is_animated"] = false, ["is_video"] = false } } });
        Api.EnqueueMessage(PrivateChat, "/wechat");

        var reply = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));

        Assert.Contains("1.2 billion", reply.Text);
    }

    [Fact]
    public async Task CommandMenu_IsPublishedFromTheFactBase()
    {
        await Api.WaitUntilAsync(() => Api.RegisteredCommands.Count > 0, Wait, "setMyCommands");

        var names = Api.RegisteredCommands.Select(c => c.Command).ToList();
        Assert.Contains("dingtalk", names);
        Assert.Contains("wechatwork", names);
        Assert.Contains("compare", names);
        Assert.Contains("help", names);
        Assert.Contains("subscribe", names);
    }

    [Fact]
    public async Task FloodFromOneUser_GetsOneSlowDownAndTheRestAreDropped()
    {
        for (var i = 0; i < 20; i++) Api.EnqueueMessage(PrivateChat, "/dingtalk");
        await Api.WaitUntilConfirmedAsync(20, Wait);
        Api.EnqueueMessage(PrivateChat + 1, "/lark");
        await Api.WaitUntilAsync(() => Api.SentMessages.Any(m => m.ChatId == PrivateChat + 1), Wait, "answer to another user");
        await Api.WaitUntilAsync(() => Api.SentMessages.Count(m => m.ChatId == PrivateChat) >= 9, Wait, "the flooder's answers");
        await Task.Delay(300); // anything more would arrive now

        var toFlooder = Api.SentMessages.Where(m => m.ChatId == PrivateChat).ToList();
        Assert.Equal(9, toFlooder.Count);
        Assert.Single(toFlooder, m => m.Text.Contains("slow down", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverlongMessage_GetsAPoliteRefusal()
    {
        Api.EnqueueMessage(PrivateChat, new string('a', 600));

        Assert.StartsWith("That is longer than a question I can answer.", Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait)).Text);
    }

    [Fact]
    public async Task TheToken_NeverAppearsInLogs()
    {
        Api.EnqueueMessage(PrivateChat, "/dingtalk");
        await Api.WaitForSentMessagesAsync(1, Wait);

        var logs = Bot.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.All(logs, r => Assert.DoesNotContain(Api.Token, r.Message + r.Exception, StringComparison.Ordinal));
    }
}
