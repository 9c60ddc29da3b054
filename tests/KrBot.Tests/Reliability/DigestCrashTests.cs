using KrBot.FakeBotApi;
using KrBot.Subscriptions;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Reliability;

/// <summary>A digest goes out at most once per chat and local day, also when the bot dies in the middle of sending it.</summary>
public sealed class DigestCrashTests
{
    private const long Chat = 4242;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KilledWhileTheDigestRequestIsInFlight_NeverSentAgain_AndSettingsSayItIsUnconfirmed()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = BotProcess.NewFolder();
        await SubscribedYesterdayAsync(folder); // today's digest is due the moment the bot starts

        using (api.Hold("sendMessage", Chat))
        await using (var first = BotProcess.Start(api, folder))
        {
            await api.WaitUntilAsync(() => DigestRequests(api) == 1, Wait, "the digest request in flight");
            await first.KillAsync();
        }

        await using var second = BotProcess.Start(api, folder);
        var calls = api.GetUpdatesCalls;
        await api.WaitUntilAsync(() => api.GetUpdatesCalls > calls + 2, Wait, "the restarted bot polling");
        api.EnqueueMessage(Chat, "/settings");
        await api.WaitUntilAsync(() => api.SentMessages.Any(m => m.ChatId == Chat), Wait, "the reply to /settings");

        Assert.Equal(1, DigestRequests(api));
        var settings = Assert.Single(api.SentMessages, m => m.ChatId == Chat);
        Assert.Contains("delivery unconfirmed: the bot restarted while sending it, so it was not sent again", settings.Text, StringComparison.Ordinal);
        Assert.Contains("is not sent again", second.Output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task DigestDue_IsDeliveredOnce_AndStaysDoneAcrossRestarts()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = BotProcess.NewFolder();
        await SubscribedYesterdayAsync(folder);

        await using (var first = BotProcess.Start(api, folder))
        {
            await api.WaitUntilAsync(() => api.SentMessages.Any(m => m.ChatId == Chat), Wait, "the digest");
            first.Terminate();
            Assert.Equal(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(15)));
        }

        await using (var second = BotProcess.Start(api, folder))
        {
            var calls = api.GetUpdatesCalls;
            await api.WaitUntilAsync(() => api.GetUpdatesCalls > calls + 2, Wait, "the restarted bot polling");
            await Task.Delay(1000);
        }

        Assert.Equal(1, DigestRequests(api));
        using (var store = new SqlSubscriptionStore(BotProcess.DatabasePath(folder), TimeProvider.System))
            Assert.Equal("sent", await store.GetDeliveryStatusAsync(Chat, DateOnly.FromDateTime(DateTime.UtcNow), default)); // recorded, not merely dropped
        Directory.Delete(folder, recursive: true);
    }

    private static int DigestRequests(FakeBotApiServer api) =>
        api.Requests.Count(r => r.Method == "sendMessage" && (long?)r.Body["chat_id"] == Chat
                                && ((string?)r.Body["text"])?.Contains("KrBot digest", StringComparison.Ordinal) == true);

    private static async Task SubscribedYesterdayAsync(string folder)
    {
        var yesterday = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        using var store = new SqlSubscriptionStore(BotProcess.DatabasePath(folder), yesterday);
        await store.UpsertAsync(Chat, new TimeOnly(0, 0), "UTC", default);
    }
}
