using KrBot.FakeBotApi;

namespace KrBot.Tests.Reliability;

/// <summary>
/// Kills and stops the real bot process in the middle of work and starts it again on the same database: every
/// question that was received is answered, and nothing is answered twice except a request in flight at the kill.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Questions = 200;
    private const long FirstChat = 50_000;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    // Telegram's real limits (30 messages/s overall) keep the replies queued for seconds: the window a crash hits.
    private static readonly Dictionary<string, string> RateLimited = new() { ["Telegram__Sender__RateLimitsEnabled"] = "true" };

    [Fact]
    public async Task KilledMidBatch_AfterRestart_EveryQuestionIsAnswered_DuplicatesOnlyFromRequestsInFlight()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = BotProcess.NewFolder();
        AskEveryChat(api);

        await using (var first = BotProcess.Start(api, folder, RateLimited))
        {
            await api.WaitForSentMessagesAsync(50, Wait);
            await first.KillAsync();
        }

        var beforeRestart = AnsweredChats(api).Count;
        Assert.True(beforeRestart < Questions, $"all {Questions} were answered before the kill; the test did not hit the window");
        Assert.Equal(Questions + 1, api.ConfirmedOffset); // Telegram forgot every question: only the bot's store remembers them

        await using var second = BotProcess.Start(api, folder, RateLimited);
        await api.WaitUntilAsync(() => AnsweredChats(api).Count == Questions, Wait, "an answer in every chat");
        await Task.Delay(500);

        // Requests in flight (at most MaxConcurrentSends, 8) and deliveries not yet written down (milliseconds' worth).
        AssertEveryChatAnsweredWithItsFigure(api, maxDuplicates: 16);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Sigterm_WithAFullQueue_ExitsCleanlyInTime_AndTheRestGoesOutAfterRestart_NoneTwice()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = BotProcess.NewFolder();
        AskEveryChat(api);
        var settings = new Dictionary<string, string>(RateLimited) { ["Hosting__ShutdownTimeoutSeconds"] = "2" };

        await using (var first = BotProcess.Start(api, folder, settings))
        {
            await api.WaitForSentMessagesAsync(30, Wait);
            var stopping = System.Diagnostics.Stopwatch.StartNew();
            first.Terminate();
            Assert.Equal(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(10)));
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(6), $"stopping took {stopping.Elapsed}");
            Assert.Contains("stay in the outbox", first.Output, StringComparison.Ordinal);
        }

        var beforeRestart = api.SentMessages.Count;
        Assert.InRange(beforeRestart, 31, Questions - 1); // it kept sending while it stopped, and did not finish

        await using var second = BotProcess.Start(api, folder, settings);
        await api.WaitUntilAsync(() => AnsweredChats(api).Count == Questions, Wait, "an answer in every chat");
        await Task.Delay(500);

        AssertEveryChatAnsweredWithItsFigure(api, maxDuplicates: 0);
        Directory.Delete(folder, recursive: true);
    }

    private static void AskEveryChat(FakeBotApiServer api)
    {
        for (var i = 0; i < Questions; i++) api.EnqueueMessage(FirstChat + i, "How many users does DingTalk have?");
    }

    private static HashSet<long> AnsweredChats(FakeBotApiServer api) => api.SentMessages.Select(m => m.ChatId).ToHashSet();

    private static void AssertEveryChatAnsweredWithItsFigure(FakeBotApiServer api, int maxDuplicates)
    {
        var sent = api.SentMessages;
        Assert.All(Enumerable.Range(0, Questions), i => Assert.Contains(sent, m => m.ChatId == FirstChat + i && m.Text.Contains("300 million", StringComparison.Ordinal)));
        var duplicates = sent.Count - Questions;
        Assert.True(duplicates <= maxDuplicates, $"{duplicates} answers were sent twice (at most {maxDuplicates} allowed)");
    }
}
