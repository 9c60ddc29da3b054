using KrBot.Telegram;
using KrBot.Telegram.Routing;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KrBot.Tests.Telegram.Routing;

public sealed class MessageClassifierTests
{
    private const long BotId = 42;
    private const long GroupId = -1001;
    private readonly BotIdentity _bot = new();

    public MessageClassifierTests() => _bot.Set(BotId, "KrTestBot");

    [Theory]
    [InlineData("How many users does DingTalk have?")]
    [InlineData("/dingtalk")]
    [InlineData("钉钉有多少用户")]
    public void Classify_PrivateText_IsAsked(string text)
    {
        var route = MessageClassifier.Classify(Private(text), _bot);

        Assert.Equal(MessageRouteKind.Ask, route.Kind);
        Assert.Equal(text, route.Text);
    }

    [Theory]
    [InlineData("/dingtalk@KrTestBot", "Ask")]
    [InlineData("/compare@krtestbot dingtalk lark", "Ask")]
    [InlineData("/dingtalk", "Ask")]
    [InlineData("/dingtalk@OtherBot", "Ignore")]
    [InlineData("how many users does dingtalk have", "Ignore")]
    [InlineData("lol", "Ignore")]
    public void Classify_GroupMessages_FollowGroupEtiquette(string text, string expected)
    {
        Assert.Equal(Enum.Parse<MessageRouteKind>(expected), MessageClassifier.Classify(Group(text), _bot).Kind);
    }

    [Fact]
    public void Classify_GroupCommandForUs_KeepsTheParsedCommand()
    {
        var route = MessageClassifier.Classify(Group("/compare@KrTestBot dingtalk lark"), _bot);

        Assert.Equal("compare", route.Command!.Name);
        Assert.Equal("dingtalk lark", route.Command.Arguments);
    }

    [Fact]
    public void Classify_ReplyToOurMessage_IsAsked()
    {
        var message = Group("and lark?");
        message.ReplyToMessage = new Message { Id = 7, Chat = message.Chat, From = new User { Id = BotId, IsBot = true, FirstName = "KrBot" } };

        Assert.Equal(MessageRouteKind.Ask, MessageClassifier.Classify(message, _bot).Kind);
    }

    [Fact]
    public void Classify_ReplyToSomeoneElse_IsIgnored()
    {
        var message = Group("and lark?");
        message.ReplyToMessage = new Message { Id = 7, Chat = message.Chat, From = new User { Id = 99, FirstName = "Ann" } };

        Assert.Equal(MessageRouteKind.Ignore, MessageClassifier.Classify(message, _bot).Kind);
    }

    [Fact]
    public void Classify_MentionInGroup_IsAskedWithoutTheMention()
    {
        var route = MessageClassifier.Classify(Group("@KrTestBot how many users does lark have"), _bot);

        Assert.Equal(MessageRouteKind.Ask, route.Kind);
        Assert.Equal("how many users does lark have", route.Text);
    }

    [Fact]
    public void Classify_StickerInPrivate_ExplainsTextOnly_ButInGroupIsIgnored()
    {
        var sticker = Private(null);
        sticker.Sticker = new Sticker { FileId = "f", FileUniqueId = "u", Type = StickerType.Regular };
        var groupSticker = Group(null);
        groupSticker.Sticker = sticker.Sticker;

        Assert.Equal(MessageRouteKind.NotText, MessageClassifier.Classify(sticker, _bot).Kind);
        Assert.Equal(MessageRouteKind.Ignore, MessageClassifier.Classify(groupSticker, _bot).Kind);
    }

    [Fact]
    public void Classify_MigrationServiceMessage_CarriesTheNewChatId()
    {
        var message = Group(null);
        message.MigrateToChatId = -1009876543210;

        var route = MessageClassifier.Classify(message, _bot);

        Assert.Equal(MessageRouteKind.Migrated, route.Kind);
        Assert.Equal(-1009876543210, route.NewChatId);
    }

    [Fact]
    public void Classify_MentionOfAnotherNameStartingLikeOurs_IsIgnored()
    {
        Assert.Equal(MessageRouteKind.Ignore, MessageClassifier.Classify(Group("@KrTestBotFan how many users does lark have"), _bot).Kind);
    }

    [Fact]
    public void Classify_AnonymousGroupAdmin_IsAnsweredThoughTelegramSaysItIsABot()
    {
        var message = Group("/subscribe@KrTestBot");
        message.From = new User { Id = 1087968824, IsBot = true, FirstName = "Group", Username = "GroupAnonymousBot" };
        message.SenderChat = message.Chat;

        Assert.Equal(MessageRouteKind.Ask, MessageClassifier.Classify(message, _bot).Kind);
        Assert.True(MessageClassifier.IsAnonymousAdmin(message));
    }

    [Fact]
    public void Classify_MessageFromAnotherBot_IsIgnored()
    {
        var message = Private("/dingtalk");
        message.From = new User { Id = 7, IsBot = true, FirstName = "Other" };

        Assert.Equal(MessageRouteKind.Ignore, MessageClassifier.Classify(message, _bot).Kind);
    }

    private static Message Private(string? text) => new()
    {
        Id = 1,
        Chat = new Chat { Id = 5, Type = ChatType.Private },
        From = new User { Id = 5, FirstName = "Ann" },
        Text = text,
    };

    private static Message Group(string? text) => new()
    {
        Id = 2,
        Chat = new Chat { Id = GroupId, Type = ChatType.Supergroup, Title = "Analysts" },
        From = new User { Id = 5, FirstName = "Ann" },
        Text = text,
    };
}
