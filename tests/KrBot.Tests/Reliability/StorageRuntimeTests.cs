using KrBot.FakeBotApi;
using KrBot.Tests.EndToEnd;
using Microsoft.Extensions.Logging;

namespace KrBot.Tests.Reliability;

/// <summary>
/// Storage trouble while the bot runs: every command that needs the store still gets a reply, questions are still
/// answered, and the log says what failed. A database deleted or overwritten under the bot is noticed, not written
/// on into a file nobody will read again.
/// </summary>
public sealed class StorageRuntimeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public static TheoryData<string> Faults => ["deleted", "overwritten with garbage", "replaced by another file"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task DatabaseBrokenUnderTheRunningBot_CommandsGetAReply_QuestionsStillAnswered_LogSaysWhy(string fault)
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.EnqueueMessage(1401, "/subscribe");
        await api.WaitForSentMessagesAsync(1, Wait);

        Break(bot.DatabasePath, fault);
        api.EnqueueMessage(1402, "/subscribe 07:30 Europe/Berlin");
        api.EnqueueMessage(1403, "/settings");
        api.EnqueueMessage(1404, "How many users does DingTalk have?");
        var sent = await api.WaitForSentMessagesAsync(4, Wait);

        Assert.StartsWith("I could not save that just now; nothing changed. Please try again in a minute.", Single(sent, 1402));
        Assert.StartsWith("I could not save that just now; nothing changed.", Single(sent, 1403));
        Assert.Contains("300 million", Single(sent, 1404), StringComparison.Ordinal);
        var errors = bot.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Error).Select(r => r.Message).ToList();
        Assert.Contains(errors, m => m.StartsWith("/subscribe in chat 1402 could not use the store: the database file ", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("sending them from memory", StringComparison.Ordinal));
        bot.DeleteFolder();
    }

    [Fact]
    public async Task AdminCheckFails_TheGroupIsToldTheRightsCouldNotBeChecked()
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.FailNext("getChatMember", 1, FakeFault.ServerError());
        api.FailNext("getChatMember", 1, FakeFault.BadRequest("Bad Request: member not found"));
        api.EnqueueMessage(-1405, "/subscribe@KrTestBot", "group", fromUserId: 77);
        api.EnqueueMessage(-1405, "/unsubscribe@KrTestBot", "group", fromUserId: 77);

        var sent = await api.WaitForSentMessagesAsync(2, Wait);

        Assert.All(sent, m => Assert.StartsWith("I could not check your rights in this group just now", m.Text, StringComparison.Ordinal));
        Assert.Null(await bot.Store.GetAsync(-1405, default));
        bot.DeleteFolder();
    }

    private static string Single(IReadOnlyList<SentMessage> sent, long chatId) => Assert.Single(sent, m => m.ChatId == chatId).Text;

    private static void Break(string databasePath, string fault)
    {
        switch (fault)
        {
            case "deleted":
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(databasePath + suffix);
                break;
            case "overwritten with garbage":
                using (var file = new FileStream(databasePath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                    file.Write(Enumerable.Range(0, 4096).Select(i => (byte)(i * 13)).ToArray());
                break;
            default:
                var copy = databasePath + ".new";
                File.Copy(databasePath, copy);
                File.Move(copy, databasePath, overwrite: true);
                break;
        }
    }
}
