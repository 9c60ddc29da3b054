using KrBot.FakeBotApi;
using KrBot.Tests.EndToEnd;

namespace KrBot.Tests.Reliability;

/// <summary>
/// Telegram picks new update ids at random after a week without updates, possibly lower than the last one seen.
/// The bot must not confirm (and so discard) them with an offset from before; repeats are known by recorded ids.
/// </summary>
public sealed class UpdateIdTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task IdsRestartLowerWhileTheBotIsDown_NewQuestionsAreAnswered()
    {
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { FirstUpdateId = 900_000 });
        var folder = Path.Combine(Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));
        await using (var first = await RunningBot.StartAsync(api: api, folder: folder))
        {
            api.EnqueueMessage(1101, "/dingtalk");
            await api.WaitForSentMessagesAsync(1, Wait);
            await api.WaitUntilConfirmedAsync(900_000, Wait);
        }

        api.RestartUpdateIdsAt(17);
        api.EnqueueMessage(1102, "/lark");
        api.EnqueueMessage(1103, "/wechat");
        await using var second = await RunningBot.StartAsync(api: api, folder: folder);

        var sent = await api.WaitForSentMessagesAsync(3, Wait);
        Assert.Equal([1101L, 1102L, 1103L], sent.Select(m => m.ChatId).Order());
        second.DeleteFolder();
    }

    [Fact]
    public async Task IdsRestartLowerWhileTheBotKeepsPolling_NewQuestionsAreAnswered()
    {
        await using var bot = await RunningBot.StartAsync(s => s["Telegram:PollTimeoutSeconds"] = "0");
        var api = bot.Api;
        api.RestartUpdateIdsAt(500_000);
        api.EnqueueMessage(1106, "/dingtalk");
        await api.WaitForSentMessagesAsync(1, Wait);
        await api.WaitUntilConfirmedAsync(500_000, Wait);
        var calls = api.GetUpdatesCalls;
        await api.WaitUntilAsync(() => api.GetUpdatesCalls > calls + 2, Wait, "quiet polls"); // the quiet week, shortened

        api.RestartUpdateIdsAt(42);
        api.EnqueueMessage(1107, "/lark");

        var sent = await api.WaitForSentMessagesAsync(2, Wait);
        Assert.Equal(1107, sent[1].ChatId);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task UpdateDeliveredAgainAfterARestart_IsAnsweredOnce()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));
        await using (var first = await RunningBot.StartAsync(api: api, folder: folder))
        {
            api.EnqueueMessage(1104, "/dingtalk");
            await api.WaitForSentMessagesAsync(1, Wait);
        }

        // As if the first process had died before its next getUpdates confirmed the update: Telegram serves it again.
        api.RedeliverUpdates(1);
        api.EnqueueMessage(1105, "/lark");
        await using var second = await RunningBot.StartAsync(api: api, folder: folder);

        await api.WaitUntilConfirmedAsync(2, Wait);
        await api.WaitForSentMessagesAsync(2, Wait);
        await Task.Delay(300);
        Assert.Equal([1104L, 1105L], api.SentMessages.Select(m => m.ChatId).Order());
        second.DeleteFolder();
    }
}
