using KrBot.Core.Digests;
using KrBot.Storage;
using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Tests.Storage;

public sealed class SqliteOutboxStoreTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
    private readonly TempSqliteDatabase _file;
    private readonly SqliteDatabase _database;
    private readonly SqliteOutboxStore _store;

    public SqliteOutboxStoreTests()
    {
        _file = new TempSqliteDatabase(_time);
        _database = _file.Database;
        _store = new SqliteOutboxStore(_database, _time);
    }

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Commit_RecordsHandledIdsAndStoresRepliesWithEverythingNeededToSendThem()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Lark", "q:/lark"));
        var reply = new OutgoingMessage(-7, "<b>钉钉</b>", "钉钉", keyboard, 42) { Deadline = _time.GetUtcNow().AddHours(1) };

        var stored = await _store.CommitAsync([5, 6], [reply], default);

        Assert.Equal(new HashSet<int> { 5, 6 }, await _store.FindHandledAsync([4, 5, 6, 7], default));
        var recovered = Assert.Single((await _store.RecoverAsync(default)).Pending);
        Assert.Equal(stored[0].OutboxId, recovered.OutboxId);
        Assert.Equal((-7L, "<b>钉钉</b>", "钉钉", 42, reply.Deadline), (recovered.ChatId, recovered.Html, recovered.PlainText, recovered.ReplyToMessageId, recovered.Deadline));
        Assert.Equal("q:/lark", recovered.Keyboard!.InlineKeyboard.Single().Single().CallbackData);
    }

    [Fact]
    public async Task Recover_ReturnsWhatIsOwedOldestFirst_AndCompleteRemovesIt()
    {
        var first = await _store.CommitAsync([1], [Answer(1, "a"), Answer(1, "b")], default);
        var second = await _store.CommitAsync([2], [Answer(2, "c")], default);

        await _store.CompleteAsync([new OutboxCompletion(first[0], new SendOutcome(SendStatus.Sent, 1, 10))], default);

        Assert.Equal(["b", "c"], (await _store.RecoverAsync(default)).Pending.Select(m => m.PlainText));
        Assert.NotEqual(0, second[0].OutboxId);
    }

    [Fact]
    public async Task Recover_DigestWhoseRequestHadStarted_IsNotSentAgainAndItsDayIsUnconfirmed()
    {
        var subscriptions = new SqliteSubscriptionStore(_database, _time);
        await subscriptions.UpsertAsync(9, new TimeOnly(9, 0), "UTC", default);
        var queued = await subscriptions.QueueDigestAsync(9, Today, DigestHistory.None, [Digest(9, "digest")], default);
        await _store.MarkAttemptedAsync(queued[0].OutboxId, attempted: true, default);

        var recovery = await _store.RecoverAsync(default);

        Assert.Empty(recovery.Pending);
        Assert.Equal([(9L, Today)], recovery.Unconfirmed);
        Assert.Equal("unconfirmed", await subscriptions.GetDeliveryStatusAsync(9, Today, default));
    }

    [Fact]
    public async Task Recover_DigestNotYetAttempted_IsStillOwed()
    {
        var subscriptions = new SqliteSubscriptionStore(_database, _time);
        await subscriptions.UpsertAsync(9, new TimeOnly(9, 0), "UTC", default);
        await subscriptions.QueueDigestAsync(9, Today, DigestHistory.None, [Digest(9, "digest")], default);

        var recovery = await _store.RecoverAsync(default);

        Assert.Equal(Today, Assert.Single(recovery.Pending).DigestDate);
        Assert.Empty(recovery.Unconfirmed);
    }

    [Theory]
    [InlineData(true, "sent")]
    [InlineData(false, "failed")]
    public async Task Complete_Digest_RecordsHowTheDayWent(bool delivered, string expected)
    {
        var status = delivered ? SendStatus.Sent : SendStatus.Failed;
        var subscriptions = new SqliteSubscriptionStore(_database, _time);
        await subscriptions.UpsertAsync(9, new TimeOnly(9, 0), "UTC", default);
        var queued = await subscriptions.QueueDigestAsync(9, Today, DigestHistory.None, [Digest(9, "digest")], default);

        await _store.CompleteAsync([new OutboxCompletion(queued[0], new SendOutcome(status, 9))], default);

        Assert.Equal(expected, await subscriptions.GetDeliveryStatusAsync(9, Today, default));
        Assert.Empty((await _store.RecoverAsync(default)).Pending);
    }

    [Fact]
    public async Task HandledIds_AreForgottenAfterTwoDays_SoRandomlyRestartedIdsAreNotMistakenForRepeats()
    {
        await _store.CommitAsync([77], [], default);
        _time.Advance(SqliteOutboxStore.RememberHandledFor + TimeSpan.FromMinutes(1));

        await _store.RecoverAsync(default);

        Assert.Empty(await _store.FindHandledAsync([77], default));
    }

    private OutgoingMessage Answer(long chatId, string text) => new(chatId, text, text) { Deadline = _time.GetUtcNow().AddHours(1) };

    private OutgoingMessage Digest(long chatId, string text) => Answer(chatId, text) with { DigestDate = Today };
}
