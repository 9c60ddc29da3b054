using KrBot.FakeBotApi;
using KrBot.Tests.EndToEnd;

namespace KrBot.Tests.Reliability;

/// <summary>
/// A Telegram incident of most of a minute costs no answers: the bot keeps retrying until a message is too old
/// (an hour by default), not a fixed number of times. These tests take the outage's real time.
/// </summary>
public sealed class TelegramOutageTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(45);

    // The outage, then at most one capped backoff (30 s, +20 % jitter) before the next try.
    private static readonly TimeSpan Wait = Outage + TimeSpan.FromSeconds(45);

    [Fact]
    public async Task BadGatewayOnEverythingFor45s_QuestionsAskedBeforeAndDuringItAreAnsweredAfterwards()
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.FailFor("sendMessage", Outage, new FakeFault(502, "Bad Gateway"));
        api.EnqueueMessage(1201, "/dingtalk");
        await api.WaitUntilConfirmedAsync(1, TimeSpan.FromSeconds(10));
        api.FailFor("getUpdates", Outage - TimeSpan.FromSeconds(5), new FakeFault(502, "Bad Gateway"));
        api.EnqueueMessage(1202, "/lark");

        var sent = await api.WaitForSentMessagesAsync(2, Wait);

        Assert.Contains(sent, m => m.ChatId == 1201 && m.Text.Contains("300 million", StringComparison.Ordinal));
        Assert.Contains(sent, m => m.ChatId == 1202 && m.Text.StartsWith("<b>Lark</b>", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), r => r.Message.StartsWith("Gave up", StringComparison.Ordinal));
        bot.DeleteFolder();
    }
}

/// <summary>A proxy in front of Telegram answers with HTML: logged as what it is, and the bot carries on.</summary>
public sealed class NotJsonAnswerTests
{
    [Fact]
    public async Task GetUpdatesAnsweredWithAnHtmlPage_LoggedAsNotJson_NotAsUnreachable_ThenAnswered()
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.FailNext("getUpdates", 2, FakeFault.HtmlPage(502));
        await api.WaitUntilAsync(
            () => bot.Logs.GetSnapshot().Count(r => r.Message.StartsWith("Telegram's answer to getUpdates was not valid JSON", StringComparison.Ordinal)) == 2,
            TimeSpan.FromSeconds(20),
            "both HTML answers logged");
        api.EnqueueMessage(1251, "/dingtalk");

        await api.WaitForSentMessagesAsync(1, TimeSpan.FromSeconds(20));

        var messages = bot.Logs.GetSnapshot().Select(r => r.Message).ToList();
        Assert.DoesNotContain(messages, m => m.Contains("could not be reached", StringComparison.Ordinal));
        bot.DeleteFolder();
    }
}

/// <summary>429s for most of a minute: each retry_after is waited out, however many come, and nothing is dropped.</summary>
public sealed class TelegramFloodWaitTests
{
    private static readonly TimeSpan Storm = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task TooManyRequestsFor45s_EveryQuestionIsAnsweredOnceAfterwards_InOrder()
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.FailFor("sendMessage", Storm, FakeFault.TooManyRequests(3));
        string[] questions = ["/dingtalk", "/lark", "/wechat"];
        foreach (var question in questions) api.EnqueueMessage(1301, question);
        api.EnqueueMessage(1302, "/joymeeting");

        var sent = await api.WaitForSentMessagesAsync(4, Storm + TimeSpan.FromSeconds(20));
        await Task.Delay(500);

        Assert.Equal(4, api.SentMessages.Count);
        Assert.Equal(["<b>DingTalk</b>", "<b>Lark</b>", "<b>WeChat</b>"], sent.Where(m => m.ChatId == 1301).Select(m => m.Text.Split('\n')[0]));
        Assert.True(api.Requests.Count(r => r.Method == "sendMessage") > 10, "Telegram kept answering 429 and the bot kept waiting");
        bot.DeleteFolder();
    }
}
