using KrBot.Tests.EndToEnd;

namespace KrBot.Tests.Reliability;

/// <summary>
/// Updates that Telegram.Bot cannot read (Telegram adds enum values and fields without notice) cost only themselves:
/// each is logged with its id and the reason, and everything around it is answered.
/// </summary>
public sealed class UnreadableUpdateTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public static TheoryData<string, string> Unreadable => new()
    {
        // A lone UTF-16 surrogate in the text: valid JSON, but not a string .NET can hold.
        { "lone surrogate", "message" },
        // A chat member status newer than the library.
        { "new member status", "my_chat_member" },
        // A field of an unexpected JSON type.
        { "chat id as an object", "message" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task UnreadableUpdateBetweenTwoGoodOnes_IsSkippedAndLogged_TheOthersAreAnswered(string problem, string kind)
    {
        await using var bot = await RunningBot.StartAsync();
        var api = bot.Api;
        api.EnqueueMessage(1001, "/dingtalk");
        var bad = api.EnqueueRawUpdate(kind, PoisonFields(api, problem));
        api.EnqueueMessage(1002, "/lark");

        var sent = await api.WaitForSentMessagesAsync(2, Wait);
        await api.WaitUntilConfirmedAsync(bad + 1, Wait);
        api.EnqueueMessage(1003, "/wechat"); // and the bot goes on after it
        await api.WaitForSentMessagesAsync(3, Wait);

        Assert.Equal([1001L, 1002L], sent.Take(2).Select(m => m.ChatId).Order());
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.StartsWith($"Update {bad} could not be read and was skipped: ", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), r => r.Message.Contains("could not be reached", StringComparison.Ordinal));
        bot.DeleteFolder();
    }

    private static string PoisonFields(global::KrBot.FakeBotApi.FakeBotApiServer api, string problem) => problem switch
    {
        "lone surrogate" => "\"message\":" + api.PrivateMessageJson(1009, "MARK").Replace("MARK", "\\ud800 broken", StringComparison.Ordinal),
        "new member status" => """
            "my_chat_member": {"chat": {"id": 1010, "type": "private", "first_name": "A"}, "from": {"id": 1010, "is_bot": false, "first_name": "A"},
              "date": 1764000000, "old_chat_member": {"status": "member", "user": {"id": 123456789, "is_bot": true, "first_name": "Bot"}},
              "new_chat_member": {"status": "superadmin_2027", "user": {"id": 123456789, "is_bot": true, "first_name": "Bot"}}}
            """,
        "chat id as an object" => "\"message\":" + api.PrivateMessageJson(1011, "hello").Replace("\"id\":1011", "\"id\":{\"big\":1011}", StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };
}
