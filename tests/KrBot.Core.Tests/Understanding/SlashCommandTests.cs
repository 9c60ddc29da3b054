using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Understanding;

public sealed class SlashCommandTests
{
    [Fact]
    public void TryParse_CommandForABot_SplitsNameBotAndArguments()
    {
        var command = SlashCommand.TryParse("/Compare@KrTestBot dingtalk  lark")!;

        Assert.Equal("compare", command.Name);
        Assert.Equal("KrTestBot", command.BotUsername);
        Assert.Equal("dingtalk  lark", command.Arguments);
        Assert.True(command.IsFor("krtestbot"));
        Assert.False(command.IsFor("OtherBot"));
    }

    [Theory]
    [InlineData("not a command")]
    [InlineData("/")]
    [InlineData("/ space")]
    public void TryParse_NotACommand_ReturnsNull(string text)
    {
        Assert.Null(SlashCommand.TryParse(text));
    }

    [Fact]
    public void IsFor_CommandWithoutBotName_IsForAnyBot()
    {
        Assert.True(SlashCommand.TryParse("/help")!.IsFor("KrTestBot"));
    }
}
