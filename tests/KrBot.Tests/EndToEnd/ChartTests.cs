using KrBot.FakeBotApi;
using KrBot.Tests.Charts;

namespace KrBot.Tests.EndToEnd;

/// <summary>Charts end to end: /chart, "chart A vs B" and the 📊 Chart button bring a PNG through sendPhoto, with the citation in its caption.</summary>
public sealed class ChartTests : RunningBotTests
{
    private const long PrivateChat = 601;

    [Fact]
    public async Task ChartCommand_SendsARealPngWithTheCitationInItsCaption()
    {
        Api.EnqueueMessage(PrivateChat, "/chart dingtalk wechatwork");

        var photo = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));

        Assert.NotNull(photo.Photo);
        Assert.True(ChartPictures.IsPng(photo.Photo));
        Assert.Equal((960, 600), ChartPictures.SizeOf(photo.Photo));
        Assert.InRange(photo.Photo.Length, 10_000, 1_000_000);
        Assert.Equal("HTML", photo.ParseMode);
        Assert.Contains("[1] KrASIA, “KEY STAT | 220 million people hosted online meetings on WeChat Work”, by Julianna Wu", photo.Text);
        Assert.Contains("Careful: these count different things", photo.Text);
        Assert.Equal("sendPhoto", Api.Requests.Last(r => r.Method.StartsWith("send", StringComparison.Ordinal)).Method);
    }

    [Fact]
    public async Task ChartInWords_AndInChinese_AreCharts()
    {
        Api.EnqueueMessage(PrivateChat, "chart dingtalk vs wechat work");
        Api.EnqueueMessage(PrivateChat, "图表 钉钉 企业微信");

        var sent = await Api.WaitForSentMessagesAsync(2, Wait);

        Assert.All(sent, m => Assert.True(ChartPictures.IsPng(m.Photo!)));
        Assert.NotEqual(sent[0].Photo, sent[1].Photo);
    }

    [Fact]
    public async Task ComparisonAnswer_HasAChartButton_PressedItSendsTheChart()
    {
        Api.EnqueueMessage(PrivateChat, "/compare dingtalk wechatwork");
        var comparison = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));
        var button = comparison.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).Single(b => b!["text"]!.GetValue<string>() == "📊 Chart")!;

        Assert.Equal("q:/chart dingtalk wechatwork", button["callback_data"]!.GetValue<string>());
        Api.EnqueueCallbackQuery(PrivateChat, PrivateChat, button["callback_data"]!.GetValue<string>(), comparison.MessageId);

        var sent = await Api.WaitForSentMessagesAsync(2, Wait);
        Assert.Null(comparison.Photo);
        Assert.True(ChartPictures.IsPng(sent[1].Photo!));
        Assert.Contains("KrASIA", sent[1].Text);
    }

    [Fact]
    public async Task NothingToDraw_AnswersInWordsAndSaysWhy()
    {
        Api.EnqueueMessage(PrivateChat, "/chart dingtalk lark");

        var reply = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));

        Assert.Null(reply.Photo);
        Assert.Contains("Lark: I have no total users figure.", reply.Text);
        Assert.Contains("A chart needs two or more figures given as numbers", reply.Text);
    }

    [Fact]
    public async Task TooManyRequests_OnSendPhoto_IsRetriedAfterItsWait()
    {
        Api.FailNext("sendPhoto", 1, FakeFault.TooManyRequests(1));
        Api.EnqueueMessage(PrivateChat, "/chart dingtalk wechat");

        var photo = Assert.Single(await Api.WaitForSentMessagesAsync(1, Wait));

        Assert.True(ChartPictures.IsPng(photo.Photo!));
        Assert.Equal(2, Api.Requests.Count(r => r.Method == "sendPhoto"));
    }
}
