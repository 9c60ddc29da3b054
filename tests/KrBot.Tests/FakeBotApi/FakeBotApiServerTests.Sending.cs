using KrBot.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using Xunit;

namespace KrBot.Tests.FakeBotApi;

// sendMessage: what is recorded and what Telegram would refuse.
public sealed partial class FakeBotApiServerTests
{
    [Fact]
    public async Task SendMessage_WithParseModeAndReply_IsRecorded()
    {
        var message = await _bot.SendMessage(UserChat, "<b>Hi</b> &amp; bye", ParseMode.Html, replyParameters: 7);

        var sent = Assert.Single(await _server.WaitForSentMessagesAsync(1, Patience));
        Assert.Equal(new SentMessage(UserChat, "<b>Hi</b> &amp; bye", "HTML", 7, null, message.Id, sent.At), sent);
        Assert.Equal("Hi & bye", message.Text);
        Assert.Equal(_server.BotId, message.From!.Id);
        Assert.Equal(7, message.ReplyToMessage!.Id);
        Assert.Equal("sendMessage", Assert.Single(_server.Requests).Method);
    }

    [Theory]
    [InlineData("<b>bold")]
    [InlineData("Tom & Jerry")]
    [InlineData("1 < 2")]
    [InlineData("<script>x</script>")]
    [InlineData("<b><i>crossed</b></i>")]
    public async Task SendMessage_BrokenHtml_IsRejectedAsUnparsable(string text)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(UserChat, text, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith("Bad Request: can't parse entities:", error.Message);
        Assert.Empty(_server.SentMessages);
    }

    [Theory]
    [InlineData("Tom & Jerry <3 > 2")]
    [InlineData("""<a href="https://example.org/?a=1&amp;b=2">link</a> <tg-spoiler>x</tg-spoiler>""")]
    public async Task SendMessage_EscapedHtml_IsAccepted(string text)
    {
        var html = text.StartsWith('<') ? text : HtmlText.Escape(text);

        await _bot.SendMessage(UserChat, html, ParseMode.Html);

        Assert.Equal(html, Assert.Single(_server.SentMessages).Text);
    }

    [Fact]
    public async Task SendMessage_EmptyOrTooLongText_IsRejected()
    {
        var empty = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(UserChat, "<b> </b>", ParseMode.Html));
        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(UserChat, new string('a', 4097)));
        await _bot.SendMessage(UserChat, new string('a', 4096));

        Assert.Equal("Bad Request: message text is empty", empty.Message);
        Assert.Equal("Bad Request: message is too long", tooLong.Message);
        Assert.Single(_server.SentMessages);
    }

    [Fact]
    public async Task SendMessage_CallbackDataOver64Bytes_IsRejected()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("x", new string('é', 33)));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(UserChat, "Pick", replyMarkup: keyboard));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
    }
}
