using KrBot.FakeBotApi;

namespace KrBot.Tests.EndToEnd;

/// <summary>What Telegram throws at a bot (429, 5xx, 403, migrations, restarts), end to end.</summary>
public sealed class DeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task TooManyRequestsStorm_EverythingDeliveredInOrderPerChatNoneTwice()
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.FailNext("sendMessage", 3, FakeFault.TooManyRequests(1));
        var questions = new[] { "/dingtalk", "/wechat", "/lark", "/joymeeting" };
        foreach (var q in questions)
        {
            api.EnqueueMessage(601, q);
            api.EnqueueMessage(602, q);
        }

        var sent = await api.WaitForSentMessagesAsync(8, Wait);
        await Task.Delay(300);

        Assert.Equal(8, api.SentMessages.Count);
        foreach (var chat in new long[] { 601, 602 })
        {
            var texts = sent.Where(m => m.ChatId == chat).Select(m => m.Text).ToList();
            Assert.Equal(["<b>DingTalk</b>", "<b>WeChat</b>", "<b>Lark</b>", "<b>JoyMeeting</b>"], texts.Select(t => t.Split('\n')[0]));
        }

        bot.DeleteFolder();
    }

    [Fact]
    public async Task ServerErrors_AreRetriedUntilDelivered()
    {
        await using var bot = await RunningBot.StartAsync();
        bot.Api.FailNext("sendMessage", 2, FakeFault.ServerError());

        bot.Api.EnqueueMessage(603, "/dingtalk");

        Assert.Contains("300 million", Assert.Single(await bot.Api.WaitForSentMessagesAsync(1, Wait)).Text);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task BlockedByTheUser_EndsTheChatsSubscriptionAndOtherChatsGoOn()
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.EnqueueMessage(604, "/subscribe");
        await api.WaitForSentMessagesAsync(1, Wait);
        Assert.NotNull(await bot.Store.GetAsync(604, default));

        api.BlockChat(604);
        api.EnqueueMessage(604, "/dingtalk");
        api.EnqueueMessage(605, "/dingtalk");

        await api.WaitUntilAsync(() => api.SentMessages.Any(m => m.ChatId == 605), Wait, "answer to the other chat");
        await api.WaitUntilAsync(() => bot.Store.GetAsync(604, default).GetAwaiter().GetResult() is null, Wait, "subscription removed after 403");
        Assert.Single(api.SentMessages, m => m.ChatId == 604);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task GroupMigratedToSupergroup_AnswerFollowsAndSubscriptionMoves()
    {
        const long oldGroup = -300, newGroup = -1000000000300;
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.SetChatMemberStatus(oldGroup, 77, "administrator");
        api.EnqueueMessage(oldGroup, "/subscribe@KrTestBot 08:00 UTC", "group", fromUserId: 77);
        await api.WaitForSentMessagesAsync(1, Wait);

        api.FailNext("sendMessage", 1, FakeFault.MigrateToChat(newGroup), oldGroup);
        api.EnqueueMessage(oldGroup, "/dingtalk@KrTestBot", "group", fromUserId: 77);

        await api.WaitUntilAsync(() => api.SentMessages.Any(m => m.ChatId == newGroup), Wait, "answer delivered to the supergroup");
        Assert.Null(await bot.Store.GetAsync(oldGroup, default));
        Assert.NotNull(await bot.Store.GetAsync(newGroup, default));
        bot.DeleteFolder();
    }

    [Fact]
    public async Task GroupMember_CannotSubscribe_Admin_Can()
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.SetChatMemberStatus(-400, 88, "administrator");

        api.EnqueueMessage(-400, "/subscribe@KrTestBot", "supergroup", fromUserId: 99);
        api.EnqueueMessage(-400, "/subscribe@KrTestBot", "supergroup", fromUserId: 88);
        var replies = await api.WaitForSentMessagesAsync(2, Wait);

        Assert.StartsWith("Only this group", replies[0].Text);
        Assert.StartsWith("Subscribed", replies[1].Text);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task Restart_AnswersPendingUpdatesOnce_AndNothingTwice()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));
        var first = await RunningBot.StartAsync(api: api, folder: folder);
        api.EnqueueMessage(701, "/dingtalk");
        await api.WaitForSentMessagesAsync(1, Wait);
        await first.DisposeAsync();

        // While the bot is down, two more questions arrive.
        api.EnqueueMessage(701, "/lark");
        api.EnqueueMessage(702, "/wechat");
        await using var second = await RunningBot.StartAsync(api: api, folder: folder);

        var sent = await api.WaitForSentMessagesAsync(3, Wait);
        await api.WaitUntilConfirmedAsync(3, Wait);
        Assert.Equal(3, api.SentMessages.Count);
        Assert.Single(sent, m => m.Text.StartsWith("<b>DingTalk</b>", StringComparison.Ordinal));
        second.DeleteFolder();
    }

    [Fact]
    public async Task Shutdown_IsQuickAndClean()
    {
        var bot = await RunningBot.StartAsync();
        bot.Api.EnqueueMessage(703, "/dingtalk");
        await bot.Api.WaitForSentMessagesAsync(1, Wait);

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await bot.StopAsync();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopping.Elapsed}");
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        await bot.DisposeAsync();
        bot.DeleteFolder();
    }
}
