using System.Diagnostics;
using System.Text.Json.Nodes;
using KrBot.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using Xunit;

namespace KrBot.Tests.FakeBotApi;

// Update injection and getUpdates: offsets, long polls, conflicts, and the real receiver loop.
public sealed partial class FakeBotApiServerTests
{
    [Fact]
    public async Task GetUpdates_WithOffset_ConfirmsEarlierUpdates()
    {
        var first = _server.EnqueueMessage(UserChat, "one");
        _server.EnqueueMessage(UserChat, "two");
        var third = _server.EnqueueMessage(UserChat, "three");

        var all = await _bot.GetUpdates(timeout: 0);
        var rest = await _bot.GetUpdates(offset: (int)third, timeout: 0);

        Assert.Equal([1, 2, 3], all.Select(update => update.Id));
        Assert.Equal(1, first);
        Assert.Equal(["one", "two", "three"], all.Select(update => update.Message!.Text));
        Assert.Equal(third, Assert.Single(rest).Id);
        Assert.Equal(third, _server.ConfirmedOffset);
        Assert.Equal(1, _server.PendingUpdateCount);
        Assert.Equal(2, _server.GetUpdatesCalls);
        await _server.WaitUntilConfirmedAsync(third - 1, Patience);
    }

    [Fact]
    public async Task GetUpdates_NegativeOffsetAndLimit_KeepLastUpdatesAndCap()
    {
        for (var i = 1; i <= 5; i++)
        {
            _server.EnqueueMessage(UserChat, $"m{i}");
        }

        var limited = await _bot.GetUpdates(limit: 2, timeout: 0);
        var lastTwo = await _bot.GetUpdates(offset: -2, timeout: 0);

        Assert.Equal([1, 2], limited.Select(update => update.Id));
        Assert.Equal([4, 5], lastTwo.Select(update => update.Id));
        Assert.Equal(2, _server.PendingUpdateCount);
        Assert.Equal(4, _server.ConfirmedOffset);
    }

    [Fact]
    public async Task GetUpdates_FirstUpdateIdOption_NumbersFromIt()
    {
        await RestartAsync(new FakeBotApiOptions { FirstUpdateId = 500 });

        var id = _server.EnqueueMessage(UserChat, "hi");

        Assert.Equal(500, id);
        Assert.Equal(500, Assert.Single(await _bot.GetUpdates(timeout: 0)).Id);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_WakesWhenAnUpdateIsEnqueued()
    {
        var stopwatch = Stopwatch.StartNew();
        var poll = _bot.GetUpdates(timeout: 30);
        await _server.WaitUntilAsync(() => _server.GetUpdatesCalls == 1, Patience, "the poll to arrive");
        Assert.False(poll.IsCompleted);

        var id = _server.EnqueueMessage(UserChat, "wake up");
        var updates = await poll.WaitAsync(Patience);

        Assert.Equal(id, Assert.Single(updates).Id);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task GetUpdates_ZeroTimeoutWithoutUpdates_ReturnsEmptyAtOnce()
    {
        var updates = await _bot.GetUpdates(timeout: 0).WaitAsync(Patience);

        Assert.Empty(updates);
    }

    [Fact]
    public async Task GetUpdates_OverlappingPoll_EndsTheWaitingPollWith409()
    {
        var waiting = _bot.GetUpdates(timeout: 30);
        await _server.WaitUntilAsync(() => _server.GetUpdatesCalls == 1, Patience, "the first poll to arrive");

        var second = await _bot.GetUpdates(timeout: 0);
        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => waiting.WaitAsync(Patience));

        Assert.Empty(second);
        Assert.Equal(409, conflict.ErrorCode);
        Assert.StartsWith("Conflict: terminated by other getUpdates request", conflict.Message);
    }

    [Fact]
    public async Task GetUpdates_AllowedUpdates_DropsOtherKinds()
    {
        _server.EnqueueEditedMessage(UserChat, messageId: 1, "edited");
        var message = _server.EnqueueMessage(UserChat, "kept");

        var updates = await _bot.GetUpdates(timeout: 0, allowedUpdates: [UpdateType.Message]);

        Assert.Equal(message, Assert.Single(updates).Id);
    }

    [Fact]
    public async Task Receiver_PollingLoop_AnswersUpdatesAndConfirmsThem()
    {
        using var stop = new CancellationTokenSource();
        _bot.StartReceiving(
            (bot, update, ct) => bot.SendMessage(update.Message!.Chat, $"echo {update.Message.Text}", cancellationToken: ct),
            (_, _, _, _) => Task.CompletedTask,
            cancellationToken: stop.Token);

        _server.EnqueueMessage(UserChat, "one");
        var last = _server.EnqueueMessage(UserChat + 1, "two");
        var sent = await _server.WaitForSentMessagesAsync(2, Patience);
        await _server.WaitUntilConfirmedAsync(last, Patience);
        await stop.CancelAsync();

        Assert.Equal(["echo one", "echo two"], sent.Select(message => message.Text).Order());
        Assert.Equal(0, _server.PendingUpdateCount);
    }

    [Fact]
    public async Task Receiver_RestartedAtOnce_GetsNoConflict()
    {
        var errors = new List<Exception>();
        using (var first = new CancellationTokenSource())
        {
            _bot.StartReceiving((_, _, _) => Task.CompletedTask, (_, error, _, _) => Record(error), cancellationToken: first.Token);
            await _server.WaitUntilAsync(() => _server.GetUpdatesCalls >= 1, Patience, "the first receiver to poll");
            await first.CancelAsync();
        }

        using var second = new CancellationTokenSource();
        _bot.StartReceiving(
            (bot, update, ct) => bot.SendMessage(update.Message!.Chat, "second", cancellationToken: ct),
            (_, error, _, _) => Record(error),
            cancellationToken: second.Token);
        _server.EnqueueMessage(UserChat, "hi");

        await _server.WaitForSentMessagesAsync(1, Patience);
        await second.CancelAsync();
        lock (errors)
        {
            Assert.Empty(errors);
        }

        Task Record(Exception error)
        {
            lock (errors)
            {
                errors.Add(error);
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task EnqueueMessage_GroupReplyToBot_DeserializesWithReplyAndCommandEntity()
    {
        var sent = await _bot.SendMessage(GroupChat, "Question?");
        _server.EnqueueMessage(GroupChat, "/ask@KrTestBot why", "supergroup", fromUserId: 7, replyToBot: true, chatTitle: "KR fans");

        var message = Assert.Single(await _bot.GetUpdates(timeout: 0)).Message!;

        Assert.Equal(ChatType.Supergroup, message.Chat.Type);
        Assert.Equal("KR fans", message.Chat.Title);
        Assert.Equal(7, message.From!.Id);
        Assert.Equal(sent.Id + 1, message.Id);
        Assert.Equal(sent.Id, message.ReplyToMessage!.Id);
        Assert.Equal(_server.BotId, message.ReplyToMessage.From!.Id);
        Assert.Equal("Question?", message.ReplyToMessage.Text);
        var command = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, command.Type);
        Assert.Equal("/ask@KrTestBot".Length, command.Length);
    }

    [Fact]
    public async Task EnqueueEditedMessage_KeepsTheMessageIdAndAddsEditDate()
    {
        _server.EnqueueEditedMessage(GroupChat, messageId: 3, "fixed typo", "group", fromUserId: 7);

        var edited = Assert.Single(await _bot.GetUpdates(timeout: 0)).EditedMessage!;

        Assert.Equal(3, edited.Id);
        Assert.Equal("fixed typo", edited.Text);
        Assert.NotNull(edited.EditDate);
    }

    [Fact]
    public async Task EnqueueCallbackQuery_AnsweredWithItsId_Succeeds()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("More", "more:1"));
        var sent = await _bot.SendMessage(UserChat, "Pick", replyMarkup: keyboard);
        _server.EnqueueCallbackQuery(UserChat, UserChat, "more:1", sent.Id);

        var query = Assert.Single(await _bot.GetUpdates(timeout: 0)).CallbackQuery!;
        await _bot.AnswerCallbackQuery(query.Id, "Done");
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerCallbackQuery("nope"));

        Assert.Equal("more:1", query.Data);
        Assert.Equal(sent.Id, query.Message!.Id);
        Assert.Equal(400, unknown.ErrorCode);
        await _server.WaitForRequestAsync("answercallbackquery", Patience);
    }

    [Fact]
    public async Task EnqueueRawUpdate_MyChatMember_Deserializes()
    {
        var id = _server.EnqueueRawUpdate(new JsonObject
        {
            ["my_chat_member"] = JsonNode.Parse("""
                {"chat":{"id":-100123,"type":"group","title":"G"},"from":{"id":7,"is_bot":false,"first_name":"A"},
                 "date":1700000000,
                 "old_chat_member":{"status":"member","user":{"id":123456789,"is_bot":true,"first_name":"B"}},
                 "new_chat_member":{"status":"left","user":{"id":123456789,"is_bot":true,"first_name":"B"}}}
                """),
        });

        var update = Assert.Single(await _bot.GetUpdates(timeout: 0));

        Assert.Equal(id, update.Id);
        Assert.Equal(ChatMemberStatus.Left, update.MyChatMember!.NewChatMember.Status);
    }
}
