using KrBot.FakeBotApi;

namespace KrBot.Tests.EndToEnd;

/// <summary>A test class that talks to a fresh bot with its own fake Bot API and database, stopped and deleted afterwards.</summary>
public abstract class BotTest : IAsyncLifetime
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private RunningBot? _bot;

    private protected RunningBot Bot => _bot ?? throw new InvalidOperationException("the bot has not started");

    protected FakeBotApiServer Api => Bot.Api;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        Bot.DeleteFolder();
    }
}
