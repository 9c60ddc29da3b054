using KrBot.FakeBotApi;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.EndToEnd;

/// <summary>A subscribed chat receives its digest through the real host, on simulated time.</summary>
public sealed class DigestDeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SubscribedChat_GetsOneDigestAtItsTime()
    {
        var (bot, time) = await SubscribedAtEightAsync(801);
        await using var running = bot;
        var api = bot.Api;

        time.Advance(TimeSpan.FromMinutes(3));
        var sent = await api.WaitForSentMessagesAsync(2, Wait);
        await WaitForStatusAsync(bot, 801, "sent");
        time.Advance(TimeSpan.FromHours(1));
        api.EnqueueMessage(801, "/settings");
        var settings = (await api.WaitForSentMessagesAsync(3, Wait))[2];

        Assert.StartsWith("<b>KrBot digest, 25 November 2026</b>", sent[1].Text);
        Assert.Contains("Stat of the day:", sent[1].Text);
        Assert.Equal(1, api.SentMessages.Count(m => m.Text.Contains("KrBot digest", StringComparison.Ordinal)));
        Assert.Contains("Last digest: 2026-11-25.", settings.Text);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task DigestRequestAnswered502_MayHaveArrived_IsNotSentAgain_SettingsSayUnconfirmed()
    {
        var (bot, time) = await SubscribedAtEightAsync(803);
        await using var running = bot;
        var api = bot.Api;
        api.FailNext("sendMessage", 1, new FakeFault(502, "Bad Gateway"), 803);

        time.Advance(TimeSpan.FromMinutes(3));
        await WaitForStatusAsync(bot, 803, "unconfirmed");
        for (var i = 0; i < 5; i++) time.Advance(TimeSpan.FromMinutes(1)); // time for any retry there might be
        api.EnqueueMessage(803, "/settings");
        var settings = (await api.WaitForSentMessagesAsync(2, Wait))[1];

        Assert.Equal(1, api.Requests.Count(r => r.Method == "sendMessage" && ((string?)r.Body["text"])?.Contains("KrBot digest", StringComparison.Ordinal) == true));
        Assert.Contains("delivery unconfirmed", settings.Text, StringComparison.Ordinal);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task DigestRefusedWith429_CertainlyNotDelivered_IsRetriedAndArrivesOnce()
    {
        var (bot, time) = await SubscribedAtEightAsync(804);
        await using var running = bot;
        var api = bot.Api;
        api.FailNext("sendMessage", 2, FakeFault.TooManyRequests(5), 804);

        time.Advance(TimeSpan.FromMinutes(3));
        await api.WaitUntilAsync(
            () =>
            {
                time.Advance(TimeSpan.FromSeconds(1)); // the 429's retry_after passes on the bot's clock
                return api.SentMessages.Any(m => m.ChatId == 804 && m.Text.Contains("KrBot digest", StringComparison.Ordinal));
            },
            Wait,
            "the digest after the 429s");
        await WaitForStatusAsync(bot, 804, "sent");

        Assert.Single(api.SentMessages, m => m.Text.Contains("KrBot digest", StringComparison.Ordinal));
        bot.DeleteFolder();
    }

    [Fact]
    public async Task DigestCommand_ShowsTodaysDigestNow()
    {
        await using var bot = await RunningBot.StartAsync();
        bot.Api.EnqueueMessage(802, "/digest");

        var reply = Assert.Single(await bot.Api.WaitForSentMessagesAsync(1, Wait));

        Assert.StartsWith("<b>KrBot digest,", reply.Text);
        bot.DeleteFolder();
    }

    /// <summary>A bot on simulated time, two minutes before 08:00 UTC, with the chat subscribed for 08:00 UTC.</summary>
    private static async Task<(RunningBot Bot, FakeTimeProvider Time)> SubscribedAtEightAsync(long chatId)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 7, 58, 0, TimeSpan.Zero));
        var bot = await RunningBot.StartAsync(time: time);
        bot.Api.EnqueueMessage(chatId, "/subscribe 08:00 UTC");
        await bot.Api.WaitForSentMessagesAsync(1, Wait);
        return (bot, time);
    }

    private static Task WaitForStatusAsync(RunningBot bot, long chatId, string status) =>
        bot.Api.WaitUntilAsync(
            () => bot.Store.GetDeliveryStatusAsync(chatId, new DateOnly(2026, 11, 25), default).GetAwaiter().GetResult() == status,
            Wait,
            $"the day recorded as {status}");
}
