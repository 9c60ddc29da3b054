using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;
using KrBot.Languages;
using KrBot.Storage;
using KrBot.Subscriptions;
using Moq;

namespace KrBot.Tests.Languages;

public sealed class LanguageCommandTests
{
    private const long PrivateChat = 5;
    private const long Group = -1001;
    private const long Admin = 7;
    private const long Member = 8;

    private readonly InMemoryChatLanguages _store = new();
    private readonly Mock<IChatAdminCheck> _admins = new();
    private readonly ChatResponder _responder;

    public LanguageCommandTests()
    {
        _admins.Setup(a => a.IsAdminAsync(Group, Admin, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _admins.Setup(a => a.IsAdminAsync(Group, Member, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _responder = Responder(_store);
    }

    [Fact]
    public async Task Lang_Zh_ThenAnEnglishQuestion_IsAnsweredInChinese()
    {
        var set = await Say(PrivateChat, PrivateChat, "/lang zh");
        var answer = await Say(PrivateChat, PrivateChat, "How many users does DingTalk have?");

        Assert.Equal("好的：本聊天今后用中文（按提问所用的简体或繁体）回答，无论用什么语言提问。/lang auto 可改为按提问的语言回答。", set);
        Assert.StartsWith("钉钉：3亿用户", answer);
        Assert.Equal(LanguagePreference.Chinese, await _store.GetAsync(PrivateChat, default));
    }

    [Fact]
    public async Task Lang_Auto_AnswersEachQuestionInItsOwnLanguageAgain()
    {
        await Say(PrivateChat, PrivateChat, "/lang en");
        Assert.StartsWith("DingTalk: 300 million", await Say(PrivateChat, PrivateChat, "钉钉有多少用户"));

        await Say(PrivateChat, PrivateChat, "/lang auto");

        Assert.StartsWith("钉钉：3亿", await Say(PrivateChat, PrivateChat, "钉钉有多少用户"));
        Assert.StartsWith("DingTalk: 300 million", await Say(PrivateChat, PrivateChat, "DingTalk users"));
    }

    [Fact]
    public async Task Lang_WithoutArgument_ShowsTheSetting_InTheLanguageAsked()
    {
        Assert.Equal("Replies here are in the language of each question (auto). Change it with /lang en, /lang zh or /lang auto.", await Say(PrivateChat, PrivateChat, "/lang"));
        await Say(PrivateChat, PrivateChat, "/lang zh-hant");

        Assert.Equal("本聊天用繁體中文回答。可用 /lang en、/lang zh 或 /lang auto 更改。", await Say(PrivateChat, PrivateChat, "/lang"));
    }

    [Fact]
    public async Task Lang_UnknownLanguage_SaysWhichItKnowsAndChangesNothing()
    {
        var reply = await Say(PrivateChat, PrivateChat, "/lang fr");

        Assert.Equal("I reply in English or Chinese, not “fr”: /lang en, /lang zh, or /lang auto to answer each question in its own language.", reply);
        Assert.Equal(LanguagePreference.Auto, await _store.GetAsync(PrivateChat, default));
    }

    [Fact]
    public async Task Lang_InAGroup_OnlyAdministratorsMayChangeIt_AnyoneMayLook()
    {
        var refused = await Say(Group, Member, "/lang zh");
        Assert.Equal("Only this group's administrators can change its reply language. /lang shows what is set.", refused);
        Assert.Equal(LanguagePreference.Auto, await _store.GetAsync(Group, default));
        Assert.StartsWith("Replies here are", await Say(Group, Member, "/lang"));

        await Say(Group, Admin, "/lang zh");

        Assert.Equal(LanguagePreference.Chinese, await _store.GetAsync(Group, default));
        Assert.StartsWith("钉钉：3亿", await Say(Group, Member, "DingTalk users"));
    }

    [Fact]
    public async Task Lang_RefusedInChinese_WhenAskedInChinese()
    {
        Assert.Equal("只有本群管理员可以更改回答语言。/lang 可查看当前设置。", await Say(Group, Member, "/lang 中文"));
    }

    [Fact]
    public async Task Button_AfterAChineseAnswer_IsAnsweredInChinese()
    {
        await Say(PrivateChat, PrivateChat, "钉钉有多少用户");

        Assert.StartsWith("• 钉钉：3亿用户", await Say(PrivateChat, PrivateChat, "/compare dingtalk wechatwork"));
        Assert.StartsWith("• DingTalk: 300 million", await Say(PrivateChat + 1, PrivateChat + 1, "/compare dingtalk wechatwork"));
    }

    [Fact]
    public async Task StoreUnavailable_QuestionsAreStillAnswered_LangSaysItCouldNotSave()
    {
        var broken = new Mock<IChatLanguageStore>();
        var fault = new StorageUnavailableException("/tmp/krbot.db", "the database file is missing");
        broken.Setup(s => s.GetAsync(It.IsAny<long>(), It.IsAny<CancellationToken>())).ThrowsAsync(fault);
        broken.Setup(s => s.SetAsync(It.IsAny<long>(), It.IsAny<LanguagePreference>(), It.IsAny<CancellationToken>())).ThrowsAsync(fault);
        var responder = Responder(broken.Object);

        var answer = await Say(responder, PrivateChat, PrivateChat, "钉钉有多少用户");
        var set = await Say(responder, PrivateChat, PrivateChat, "/lang 中文");

        Assert.StartsWith("钉钉：3亿", answer);
        Assert.Equal("刚才没能保存；没有任何改动。请一分钟后再试。", set);
    }

    private ChatResponder Responder(IChatLanguageStore store) =>
        new(new Answerer(TestKnowledge.Facts), [new LanguageCommand(store, _admins.Object, TestKnowledge.Facts)], store);

    private Task<string> Say(long chat, long user, string text) => Say(_responder, chat, user, text);

    private static async Task<string> Say(ChatResponder responder, long chat, long user, string text)
    {
        Answer answer = await responder.RespondAsync(new ChatRequest(chat, chat < 0, user, text, SlashCommand.TryParse(text)), default);
        return answer.ToPlainText();
    }
}
