using KrBot.FakeBotApi;
using KrBot.Tests.Charts;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;
using Xunit;

namespace KrBot.Tests.FakeBotApi;

// sendPhoto uploads and answerInlineQuery, as Telegram.Bot sends them.
public sealed partial class FakeBotApiServerTests
{
    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task SendPhoto_Upload_RecordsTheBytesAndTheCaption()
    {
        var message = await _bot.SendPhoto(UserChat, InputFile.FromStream(new MemoryStream(TinyPng), "chart.png"), caption: "<i>[1] KrASIA</i>", parseMode: ParseMode.Html);

        var sent = Assert.Single(_server.SentMessages);
        Assert.Equal(TinyPng, sent.Photo);
        Assert.Equal("<i>[1] KrASIA</i>", sent.Text);
        Assert.Equal("[1] KrASIA", message.Caption);
        Assert.Equal((1, 1), (message.Photo!.Single().Width, message.Photo!.Single().Height));
        Assert.True(ChartPictures.IsPng(sent.Photo!));
    }

    [Fact]
    public async Task SendPhoto_CaptionOver1024OrBadHtmlOrNotAnImage_IsRejected()
    {
        Task Send(string caption, byte[] bytes) => _bot.SendPhoto(UserChat, InputFile.FromStream(new MemoryStream(bytes), "chart.png"), caption: caption, parseMode: ParseMode.Html);

        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => Send("<b>" + new string('x', 1025) + "</b>", TinyPng));
        var badHtml = await Assert.ThrowsAsync<ApiRequestException>(() => Send("a & b", TinyPng));
        var notImage = await Assert.ThrowsAsync<ApiRequestException>(() => Send("ok", "BM not a png"u8.ToArray()));
        await Send("<b>" + new string('x', 1024) + "</b>", TinyPng);

        Assert.Equal("Bad Request: message caption is too long", tooLong.Message);
        Assert.StartsWith("Bad Request: can't parse entities", badHtml.Message);
        Assert.Equal("Bad Request: IMAGE_PROCESS_FAILED", notImage.Message);
        Assert.Single(_server.SentMessages);
    }

    [Fact]
    public async Task AnswerInlineQuery_IsRecordedOnce_WithTelegramsLimits()
    {
        var id = _server.EnqueueInlineQuery(7, "dingtalk");
        var update = Assert.Single(await _bot.GetUpdates());
        InlineQueryResult Article(int i, string text = "<b>300 million</b>") => new InlineQueryResultArticle($"{i}", "DingTalk", new InputTextMessageContent(text) { ParseMode = ParseMode.Html });

        var tooMany = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerInlineQuery(id, Enumerable.Range(0, 51).Select(i => Article(i))));
        var duplicate = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerInlineQuery(update.InlineQuery!.Id, [Article(1), Article(1)]));

        Assert.Equal(("dingtalk", 7L), (update.InlineQuery!.Query, update.InlineQuery.From.Id));
        Assert.Equal("Bad Request: RESULTS_TOO_MUCH", tooMany.Message);
        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", duplicate.Message);
    }

    [Fact]
    public async Task AnswerInlineQuery_Valid_IsRecorded_AndBadHtmlInAResultIsRejected()
    {
        var good = _server.EnqueueInlineQuery(7, "lark");
        var bad = _server.EnqueueInlineQuery(7, "lark");

        await _bot.AnswerInlineQuery(good, [new InlineQueryResultArticle("a", "Lark", new InputTextMessageContent("<b>Lark</b>") { ParseMode = ParseMode.Html })], cacheTime: 300, isPersonal: false);
        var badHtml = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerInlineQuery(bad, [new InlineQueryResultArticle("a", "Lark", new InputTextMessageContent("a & b") { ParseMode = ParseMode.Html })]));

        var answer = Assert.Single(_server.InlineAnswers);
        Assert.Equal((good, 300, false), (answer.QueryId, answer.CacheTime, answer.IsPersonal));
        Assert.StartsWith("Bad Request: can't parse entities", badHtml.Message);
    }
}
