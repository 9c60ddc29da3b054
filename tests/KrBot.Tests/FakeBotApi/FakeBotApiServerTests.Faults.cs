using KrBot.FakeBotApi;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Xunit;

namespace KrBot.Tests.FakeBotApi;

// Injected faults, blocked chats and flood limits, as the client sees them.
public sealed partial class FakeBotApiServerTests
{
    [Fact]
    public async Task SendMessage_TooManyRequestsFault_SurfacesRetryAfter()
    {
        _server.FailNext("sendMessage", 1, FakeFault.TooManyRequests(5));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(UserChat, "hi"));
        await _bot.SendMessage(UserChat, "again");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(5, error.Parameters?.RetryAfter);
        Assert.Equal("again", Assert.Single(_server.SentMessages).Text);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(0, _server.TooManyRequestsSent);
    }

    [Fact]
    public async Task SendMessage_FaultForOneChat_LeavesOtherChatsAlone()
    {
        _server.FailNext("SENDMESSAGE", 2, FakeFault.Forbidden(), chatId: UserChat);

        await _bot.SendMessage(UserChat + 1, "other");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(UserChat, "hi"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        Assert.Equal(UserChat + 1, Assert.Single(_server.SentMessages).ChatId);
    }

    [Fact]
    public async Task SendMessage_BlockedChat_Gets403FromThenOn()
    {
        _server.BlockChat(GroupChat);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(GroupChat, "hi"));
        var second = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(GroupChat, "hi"));

        Assert.Equal(403, first.ErrorCode);
        Assert.Equal("Forbidden: bot was kicked from the group chat", second.Message);
        Assert.Empty(_server.SentMessages);
    }

    [Fact]
    public async Task SendMessage_MigratedGroup_CarriesMigrateToChatId()
    {
        _server.FailNext("sendMessage", 1, FakeFault.MigrateToChat(-1_001_234_567_890));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(-123, "hi"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(-1_001_234_567_890, error.Parameters?.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_ServerError_SurfacesAsApiRequestException()
    {
        _server.FailNext("sendMessage", 1, FakeFault.ServerError());

        // Telegram.Bot reads the JSON error body whatever the HTTP status, so even a 500 is an ApiRequestException.
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(UserChat, "hi"));

        Assert.Equal(500, error.ErrorCode);
        Assert.Empty(_server.SentMessages);
    }

    [Fact]
    public async Task RateLimits_Off_AllowBursts()
    {
        for (var i = 0; i < 40; i++)
        {
            await _bot.SendMessage(GroupChat, $"m{i}");
        }

        Assert.Equal(40, _server.SentMessages.Count);
        Assert.Equal(0, _server.TooManyRequestsSent);
    }

    [Fact]
    public async Task RateLimits_SecondMessageToAChatWithinASecond_Gets429()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(55));
        await RestartAsync(new FakeBotApiOptions { EnforceRateLimits = true, TimeProvider = time });

        await _bot.SendMessage(UserChat, "one");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(UserChat, "two"));
        await _bot.SendMessage(UserChat + 1, "another chat");
        time.Advance(TimeSpan.FromSeconds(1));
        await _bot.SendMessage(UserChat, "two");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
        Assert.Equal(1, _server.TooManyRequestsSent);
        Assert.Equal(3, _server.SentMessages.Count);
    }

    [Fact]
    public async Task RateLimits_TwentyFirstGroupMessageInAMinute_Gets429()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(55));
        await RestartAsync(new FakeBotApiOptions { EnforceRateLimits = true, TimeProvider = time });

        for (var i = 0; i < 20; i++)
        {
            await _bot.SendMessage(GroupChat, $"m{i}");
            time.Advance(TimeSpan.FromSeconds(2));
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(GroupChat, "m20"));
        time.Advance(TimeSpan.FromSeconds(error.Parameters!.RetryAfter!.Value));
        await _bot.SendMessage(GroupChat, "m20");

        Assert.Equal(20, error.Parameters.RetryAfter);
        Assert.Equal(1, _server.TooManyRequestsSent);
        Assert.Equal(21, _server.SentMessages.Count);
    }

    [Fact]
    public async Task RateLimits_ThirtyFirstMessageInASecond_Gets429()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(55));
        await RestartAsync(new FakeBotApiOptions { EnforceRateLimits = true, TimeProvider = time });

        for (var chat = 1; chat <= 30; chat++)
        {
            await _bot.SendMessage(chat, "hi");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(31, "hi"));
        time.Advance(TimeSpan.FromSeconds(1));
        await _bot.SendMessage(31, "hi");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, _server.TooManyRequestsSent);
    }
}
