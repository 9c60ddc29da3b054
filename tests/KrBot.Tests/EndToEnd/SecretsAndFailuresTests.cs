using KrBot.FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KrBot.Tests.EndToEnd;

/// <summary>
/// The token stays secret on the paths where errors carry the most detail: a rejected token, an unreachable
/// server, failing sends. And a rejected token stops the bot with exit code 1 instead of retrying forever.
/// </summary>
[Collection(nameof(ExitCodeCollection))]
public sealed class SecretsAndFailuresTests
{
    private const string WrongToken = "987654321:WRONG-token-never-logged";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task RejectedToken_StopsTheBotWithExitCodeOne_AndIsNeverLogged()
    {
        await using var bot = await RunningBot.StartAsync(s => s["Telegram:BotToken"] = WrongToken);
        var stopping = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        await Task.Delay(Timeout.InfiniteTimeSpan, stopping).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(Wait);

        try
        {
            Assert.Equal(1, Environment.ExitCode);
            Assert.Contains(bot.Logs.GetSnapshot(), r => r.Level == LogLevel.Critical && r.Message.Contains("check Telegram:BotToken", StringComparison.Ordinal));
            AssertNeverLogged(bot, WrongToken);
        }
        finally
        {
            Environment.ExitCode = 0;
            bot.DeleteFolder();
        }
    }

    [Fact]
    public async Task UnreachableServer_IsRetriedAndTheTokenIsNeverLogged()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(s => s["Telegram:ApiBaseUrl"] = ClosedPort.BaseUrl(), api: api);

        await api.WaitUntilAsync(() => bot.Logs.GetSnapshot().Any(r => r.Message.Contains("could not be reached", StringComparison.Ordinal)), Wait, "a logged network failure");

        AssertNeverLogged(bot, api.Token);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task FailingSends_AreLoggedWithoutTheToken()
    {
        await using var bot = await RunningBot.StartAsync();
        bot.Api.FailNext("sendMessage", 5, FakeFault.ServerError());
        bot.Api.FailNext("sendMessage", 1, FakeFault.BadRequest("Bad Request: chat not found"));
        bot.Api.EnqueueMessage(901, "/dingtalk");
        bot.Api.EnqueueMessage(902, "/lark");

        await bot.Api.WaitUntilAsync(() => bot.Logs.GetSnapshot().Count(r => r.Level >= LogLevel.Warning) >= 2, Wait, "send failures logged");

        AssertNeverLogged(bot, bot.Api.Token);
        bot.DeleteFolder();
    }

    private static void AssertNeverLogged(RunningBot bot, string token)
    {
        var logs = bot.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.All(logs, r => Assert.DoesNotContain(token, $"{r.Message} {r.Exception}", StringComparison.Ordinal));
        Assert.All(logs, r => Assert.DoesNotContain(token.Split(':')[1], $"{r.Message} {r.Exception}", StringComparison.Ordinal));
    }
}

/// <summary>Tests that set the process exit code run one at a time.</summary>
[CollectionDefinition(nameof(ExitCodeCollection), DisableParallelization = true)]
public sealed class ExitCodeCollection;
