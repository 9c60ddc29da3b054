using System.Diagnostics;
using System.Net;
using System.Text;
using KrBot.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using Xunit;

namespace KrBot.Tests.FakeBotApi;

// Drives the fake with the real Telegram.Bot client, so a passing test also means Telegram.Bot accepts its answers.
public sealed partial class FakeBotApiServerTests : IAsyncLifetime
{
    private const long UserChat = 42;
    private const long GroupChat = -100_123;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly HttpClient _http = new();
    private FakeBotApiServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync() => await StartAsync(new FakeBotApiOptions());

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task GetMe_ReturnsTheConfiguredBot()
    {
        var me = await _bot.GetMe();

        Assert.Equal(_server.BotId, me.Id);
        Assert.Equal(123456789, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("KrTestBot", me.Username);
        Assert.Equal(_server.BotUsername, me.Username);
        Assert.Equal("127.0.0.1", _server.BaseUrl.Host);
    }

    [Fact]
    public async Task DeleteWebhook_AsGrammYCallsItBeforePolling_Succeeds()
    {
        await _bot.DeleteWebhook(dropPendingUpdates: false);

        Assert.Equal("deleteWebhook", Assert.Single(_server.Requests).Method);
    }

    [Fact]
    public async Task DisposeAsync_WithAWaitingLongPoll_StopsPromptly()
    {
        var poll = _bot.GetUpdates(timeout: 30);
        await _server.WaitUntilAsync(() => _server.GetUpdatesCalls == 1, Patience, "the poll to arrive");
        var stopwatch = Stopwatch.StartNew();

        await _server.DisposeAsync();
        var finished = await Task.WhenAny(poll, Task.Delay(Patience));

        Assert.Same(poll, finished);
        await Record.ExceptionAsync(() => poll);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task AnyMethod_WithWrongToken_Gets401()
    {
        var intruder = new TelegramBotClient(new TelegramBotClientOptions("123456789:WRONG-token", _server.BaseUrl.ToString()), _http);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => intruder.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Post_MethodNameInAnyCase_IsServedAndUnknownMethodsGet404()
    {
        using var known = await PostAsync("SENDmessage", """{"chat_id":"42","text":"hi"}""");
        using var unknown = await PostAsync("sendTelepathy", "{}");

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("\"description\":\"Not Found\"", await unknown.Content.ReadAsStringAsync());
        Assert.Equal("sendMessage", _server.Requests[0].Method);
        Assert.Equal(UserChat, Assert.Single(_server.SentMessages).ChatId);
    }

    [Fact]
    public async Task SetMyCommands_ValidCommands_AreRecordedWithTheirScope()
    {
        await _bot.SetMyCommands([new BotCommand("ask", "Ask a question")], BotCommandScope.AllGroupChats());
        await _bot.SetMyCommands([new BotCommand("start", "Start")], BotCommandScope.Chat(UserChat), "ru");
        await _bot.DeleteMyCommands(BotCommandScope.Chat(UserChat), "ru");

        var command = Assert.Single(_server.RegisteredCommands);
        Assert.Equal(new RegisteredCommand("ask", "Ask a question", "all_group_chats", null, null, null), command);
        Assert.Equal("ask", Assert.Single(await _bot.GetMyCommands(BotCommandScope.AllGroupChats())).Command);
    }

    [Theory]
    [InlineData("Ask", "Ask a question")]
    [InlineData("/ask", "Ask a question")]
    [InlineData("ask", "")]
    public async Task SetMyCommands_InvalidCommand_IsRejected(string name, string description)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SetMyCommands([new BotCommand(name, description)]));

        Assert.Equal(400, error.ErrorCode);
        Assert.Empty(_server.RegisteredCommands);
    }

    [Fact]
    public async Task GetChatMember_ReturnsTheStatusSet()
    {
        _server.SetChatMemberStatus(GroupChat, 7, "administrator");
        _server.SetChatMemberStatus(GroupChat, 8, "creator");

        var admin = await _bot.GetChatMember(GroupChat, 7);
        var owner = await _bot.GetChatMember(GroupChat, 8);
        var member = await _bot.GetChatMember(GroupChat, 9);

        Assert.IsType<ChatMemberAdministrator>(admin);
        Assert.Equal(ChatMemberStatus.Creator, owner.Status);
        Assert.Equal(ChatMemberStatus.Member, member.Status);
        Assert.Equal(9, member.User.Id);
    }

    [Fact]
    public async Task ChatActionAndMarkupEdit_AreRecorded()
    {
        var sent = await _bot.SendMessage(UserChat, "Pick");

        await _bot.SendChatAction(UserChat, ChatAction.Typing);
        var edited = await _bot.EditMessageReplyMarkup(UserChat, sent.Id, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")));

        Assert.Equal(["sendMessage", "sendChatAction", "editMessageReplyMarkup"], _server.Requests.Select(request => request.Method));
        Assert.Equal("a", edited.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal("typing", (string?)_server.Requests[1].Body["action"]);
    }

    [Fact]
    public async Task WaitForSentMessages_NotEnoughSent_ThrowsTimeoutException()
    {
        await _bot.SendMessage(UserChat, "only one");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => _server.WaitForSentMessagesAsync(2, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("2 sent message(s); got 1", error.Message);
        Assert.Contains("only one", error.Message);
    }

    private async Task StartAsync(FakeBotApiOptions options)
    {
        _server = await FakeBotApiServer.StartAsync(options);

        // RetryThreshold 0: Telegram.Bot would otherwise wait out and retry any 429 asking for 60 s or less.
        _bot = new TelegramBotClient(new TelegramBotClientOptions(_server.Token, _server.BaseUrl.ToString()) { RetryThreshold = 0 }, _http);
    }

    private async Task RestartAsync(FakeBotApiOptions options)
    {
        await _server.DisposeAsync();
        await StartAsync(options);
    }

    private Task<HttpResponseMessage> PostAsync(string method, string json) =>
        _http.PostAsync(new Uri(_server.BaseUrl, $"/bot{_server.Token}/{method}"), new StringContent(json, Encoding.UTF8, "application/json"));
}
