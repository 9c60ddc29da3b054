using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.EndToEnd;

/// <summary>A subscribed chat receives its digest through the real host, on simulated time.</summary>
public sealed class DigestDeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SubscribedChat_GetsOneDigestAtItsTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 7, 58, 0, TimeSpan.Zero));
        await using var bot = await RunningBot.StartAsync(time: time);
        var api = bot.Api;
        api.EnqueueMessage(801, "/subscribe 08:00 UTC");
        await api.WaitForSentMessagesAsync(1, Wait);

        time.Advance(TimeSpan.FromMinutes(3));
        var sent = await api.WaitForSentMessagesAsync(2, Wait);
        await api.WaitUntilAsync(() => bot.Store.GetDeliveryStatusAsync(801, new DateOnly(2026, 11, 25), default).GetAwaiter().GetResult() == "sent", Wait, "the day recorded as delivered");
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
    public async Task DigestCommand_ShowsTodaysDigestNow()
    {
        await using var bot = await RunningBot.StartAsync();
        bot.Api.EnqueueMessage(802, "/digest");

        var reply = Assert.Single(await bot.Api.WaitForSentMessagesAsync(1, Wait));

        Assert.StartsWith("<b>KrBot digest,", reply.Text);
        bot.DeleteFolder();
    }
}
