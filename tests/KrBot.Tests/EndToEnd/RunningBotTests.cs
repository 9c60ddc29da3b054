using KrBot.FakeBotApi;

namespace KrBot.Tests.EndToEnd;

/// <summary>A running bot with its fake Bot API for each test, stopped and deleted afterwards.</summary>
public abstract class RunningBotTests : IAsyncLifetime
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private RunningBot? _bot;

    private protected RunningBot Bot => _bot ?? throw new InvalidOperationException("the bot starts in InitializeAsync");

    protected FakeBotApiServer Api => Bot.Api;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        Bot.DeleteFolder();
    }
}
