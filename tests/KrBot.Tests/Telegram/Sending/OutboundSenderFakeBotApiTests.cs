using KrBot.FakeBotApi;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Tests.Telegram.Sending;

/// <summary>
/// The sender with a real <see cref="TelegramBotClient"/> against the fake Bot API: the errors arrive as
/// Telegram.Bot really throws them. The sender's clock is simulated, so retry_after and backoff cost no real time.
/// </summary>
public sealed class OutboundSenderFakeBotApiTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SenderHarness.Epoch);
    private readonly Mock<IChatLifecycle> _lifecycle = new();
    private FakeBotApiServer _server = null!;
    private OutboundSender _sender = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        // Configured as the app configures it: the sender owns retries, so the client's own 429 retry is off.
        var client = new TelegramBotClient(new TelegramBotClientOptions(_server.Token, _server.BaseUrl.ToString()) { RetryThreshold = 0 });
        _sender = new OutboundSender(client, Options.Create(new SenderOptions()), _lifecycle.Object, _time, NullLogger<OutboundSender>.Instance);
        await _sender.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _sender.StopAsync(CancellationToken.None);
        _sender.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_RealClient_HtmlWithReplyAndKeyboardDelivered()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("More", "q:1"));

        var outcome = await RunAsync(new OutgoingMessage(-5, "<b>DingTalk</b> has 700M users", "DingTalk has 700M users", keyboard, 3));

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var sent = Assert.Single(_server.SentMessages);
        Assert.Equal(("<b>DingTalk</b> has 700M users", "HTML", 3), (sent.Text, sent.ParseMode, sent.ReplyToMessageId));
        Assert.NotNull(sent.ReplyMarkup);
    }

    [Fact]
    public async Task SendAsync_RealClientBrokenHtml_DeliveredAsPlainText()
    {
        var outcome = await RunAsync(new OutgoingMessage(1, "<b>1 < 2", "1 < 2", ReplyToMessageId: null));

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var sent = Assert.Single(_server.SentMessages);
        Assert.Equal(("1 < 2", null), (sent.Text, sent.ParseMode));
    }

    [Fact]
    public async Task SendAsync_RealClientFaults_EachHandledAsDesigned()
    {
        _server.FailNext("sendMessage", 1, FakeFault.ServerError(), chatId: 1);
        _server.FailNext("sendMessage", 1, FakeFault.TooManyRequests(5), chatId: 2);
        _server.BlockChat(3);
        _server.FailNext("sendMessage", 1, FakeFault.MigrateToChat(-1009), chatId: -9);
        _server.FailNext("sendMessage", 1, FakeFault.BadRequest("Bad Request: message to be replied not found"), chatId: 4);

        var outcomes = await RunAsync(
            Plain(1, "after a 500"), Plain(2, "after a 429"), Plain(3, "to a blocked chat"), Plain(-9, "to a migrated group"),
            new OutgoingMessage(4, "to a deleted message", "to a deleted message", ReplyToMessageId: 8));

        Assert.Equal(
            [(SendStatus.Sent, 1L), (SendStatus.Sent, 2L), (SendStatus.ChatGone, 3L), (SendStatus.Sent, -1009L), (SendStatus.Sent, 4L)],
            outcomes.Select(outcome => (outcome.Status, outcome.ChatId)));
        Assert.True(_time.GetUtcNow() - SenderHarness.Epoch >= TimeSpan.FromSeconds(5), "the 429's retry_after was waited out");
        Assert.Null(_server.SentMessages.Single(sent => sent.ChatId == 4).ReplyToMessageId);
        _lifecycle.Verify(lifecycle => lifecycle.ChatGoneAsync(3, It.IsAny<CancellationToken>()), Times.Once);
        _lifecycle.Verify(lifecycle => lifecycle.ChatMigratedAsync(-9, -1009, It.IsAny<CancellationToken>()), Times.Once);
    }

    private static OutgoingMessage Plain(long chatId, string text) => new(chatId, text, text);

    private async Task<SendOutcome> RunAsync(OutgoingMessage message) => (await RunAsync([message]))[0];

    private async Task<SendOutcome[]> RunAsync(params OutgoingMessage[] messages)
    {
        var sends = messages.Select(message => _sender.SendAsync(message, CancellationToken.None)).ToArray();
        await SenderHarness.RunUntilAsync(_sender, _time, sends);
        return await Task.WhenAll(sends);
    }
}
