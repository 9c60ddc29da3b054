using KrBot.Conversation;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;
using KrBot.Subscriptions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace KrBot.Tests.Subscriptions;

public sealed class SubscriptionCommandsTests : IDisposable
{
    private const long PrivateChat = 5;
    private const long Group = -1001;
    private const long Admin = 7;
    private const long Member = 8;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    private readonly TestDatabase _db;
    private readonly Mock<IChatAdminCheck> _admins = new();
    private readonly Mock<IDigestWakeUp> _wakeUp = new();
    private readonly SubscriptionCommands _commands;

    public SubscriptionCommandsTests()
    {
        _db = new TestDatabase(_time);
        _admins.Setup(a => a.IsAdminAsync(Group, Admin, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _admins.Setup(a => a.IsAdminAsync(Group, Member, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _commands = new SubscriptionCommands(_db.Store, _admins.Object, Options.Create(new DigestOptions()), TestKnowledge.Facts, _wakeUp.Object);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Subscribe_NoArguments_UsesTheDefaultsAndWakesTheScheduler()
    {
        var reply = await Say(PrivateChat, PrivateChat, "/subscribe");

        Assert.Equal("Subscribed: a digest every day at 09:00 (Asia/Shanghai). /digest shows today's now; /unsubscribe stops it.", reply);
        var subscription = await _db.Store.GetAsync(PrivateChat, default);
        Assert.Equal(new TimeOnly(9, 0), subscription!.LocalTime);
        _wakeUp.Verify(w => w.SubscriptionsChanged(), Times.Once);
    }

    [Fact]
    public async Task Subscribe_Again_ChangesTimeAndZone()
    {
        await Say(PrivateChat, PrivateChat, "/subscribe");

        var reply = await Say(PrivateChat, PrivateChat, "/subscribe 08:30 Europe/Berlin");

        Assert.StartsWith("Updated: a digest every day at 08:30 (Europe/Berlin).", reply);
        Assert.Equal("Europe/Berlin", (await _db.Store.GetAsync(PrivateChat, default))!.TimeZoneId);
    }

    [Theory]
    [InlineData("/subscribe 25:99", "is not a time")]
    [InlineData("/subscribe 08:30 Mars/Olympus", "is not a time zone I know")]
    public async Task Subscribe_BadInput_ExplainsWithAnExampleAndChangesNothing(string text, string expected)
    {
        await Say(PrivateChat, PrivateChat, "/subscribe 07:00 UTC");

        var reply = await Say(PrivateChat, PrivateChat, text);

        Assert.Contains(expected, reply);
        Assert.Contains("Europe/Berlin", reply);
        Assert.Equal(new TimeOnly(7, 0), (await _db.Store.GetAsync(PrivateChat, default))!.LocalTime);
    }

    [Fact]
    public async Task Subscribe_GroupMemberWhoIsNotAdmin_IsPolitelyRefused()
    {
        var reply = await Say(Group, Member, "/subscribe");

        Assert.StartsWith("Only this group's administrators can change its digest.", reply);
        Assert.Null(await _db.Store.GetAsync(Group, default));
    }

    [Fact]
    public async Task Subscribe_GroupAdmin_Subscribes_AndAnyoneMayReadSettings()
    {
        await Say(Group, Admin, "/subscribe 18:00 Asia/Shanghai");

        var settings = await Say(Group, Member, "/settings");

        Assert.Equal("This chat gets a digest every day at 18:00 (Asia/Shanghai). No digest sent yet.", settings);
    }

    [Fact]
    public async Task Subscribe_AnonymousAdminWritingAsTheGroup_IsAllowed()
    {
        var answer = await _commands.HandleAsync(new ChatRequest(Group, true, 1087968824, "/subscribe", SlashCommand.TryParse("/subscribe"), SentAsGroup: true), default);

        Assert.StartsWith("Subscribed", answer.ToPlainText());
        _admins.Verify(a => a.IsAdminAsync(It.IsAny<long>(), It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Unsubscribe_RemovesTheSubscription()
    {
        await Say(PrivateChat, PrivateChat, "/subscribe");

        var reply = await Say(PrivateChat, PrivateChat, "/unsubscribe");

        Assert.StartsWith("Unsubscribed", reply);
        Assert.Null(await _db.Store.GetAsync(PrivateChat, default));
        Assert.StartsWith("This chat has no digest subscription.", await Say(PrivateChat, PrivateChat, "/subscription"));
    }

    [Fact]
    public async Task Subscribe_InTheTerminal_ExplainsItIsForChats()
    {
        var answer = await _commands.HandleAsync(new ChatRequest(0, false, 0, "/subscribe", SlashCommand.TryParse("/subscribe")), default);

        Assert.StartsWith("Subscriptions are for Telegram chats.", answer.ToPlainText());
    }

    [Fact]
    public async Task Replies_AreInTheRequestsLanguage()
    {
        Assert.Equal("已订阅：每天 09:00（Asia/Shanghai）发送一份摘要。/digest 立即查看今天的摘要；/unsubscribe 停止订阅。", await Say(PrivateChat, PrivateChat, "/subscribe", Language.SimplifiedChinese));
        Assert.Equal("本聊天每天 09:00（Asia/Shanghai）接收一份摘要。尚未发送过摘要。", await Say(PrivateChat, PrivateChat, "/settings", Language.SimplifiedChinese));
        Assert.Equal("只有本群管理員可以更改每日摘要。/settings 可查看當前設置。", await Say(Group, Member, "/unsubscribe", Language.TraditionalChinese));
    }

    private async Task<string> Say(long chat, long user, string text, Language? language = null)
    {
        var request = new ChatRequest(chat, chat < 0, user, text, SlashCommand.TryParse(text)) { Language = language ?? Language.English };
        var answer = await _commands.HandleAsync(request, default);
        return answer.ToPlainText();
    }
}
