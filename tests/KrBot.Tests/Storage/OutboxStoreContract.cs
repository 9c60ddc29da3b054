using KrBot.Core.Charts;
using KrBot.Core.Digests;
using KrBot.Storage;
using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Tests.Storage;

/// <summary>
/// What every <see cref="IOutboxStore"/> and <see cref="ILeaseStore"/> provider must do, run against SQLite and
/// PostgreSQL: the same SQL text must mean the same on both.
/// </summary>
public abstract class OutboxStoreContract : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
    private readonly TestStore _database;
    private readonly IBotDatabase _owner;
    private readonly SqlOutboxStore _store;

    private protected OutboxStoreContract(TestStore database)
    {
        _database = database;
        _owner = database.NewDatabase(_time);
        _store = new SqlOutboxStore(_owner, _time);
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Commit_RecordsHandledIdsAndStoresRepliesWithEverythingNeededToSendThem()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Lark", "q:/lark"));
        var reply = new OutgoingMessage(-7, "<b>钉钉</b>", "钉钉", keyboard, 42) { Deadline = _time.GetUtcNow().AddHours(1) };

        var stored = await _store.CommitAsync([new HandledUpdate(5, [reply]), new HandledUpdate(6, [])], default);

        Assert.Equal(new HashSet<int> { 5, 6 }, await _store.FindHandledAsync([4, 5, 6, 7], default));
        var recovered = Assert.Single((await _store.RecoverAsync(default)).Pending);
        Assert.Equal(stored[0].OutboxId, recovered.OutboxId);
        Assert.Equal((-7L, "<b>钉钉</b>", "钉钉", 42, reply.Deadline), (recovered.ChatId, recovered.Html, recovered.PlainText, recovered.ReplyToMessageId, recovered.Deadline));
        Assert.Equal("q:/lark", recovered.Keyboard!.InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal(_time.GetUtcNow(), recovered.CreatedAt);
    }

    [SkippableFact]
    public async Task Commit_ChartReply_RecoversItsSpecAndCaption_NotAPicture()
    {
        var spec = new ChartSpec("users", ["dingtalk-users-2020-03-31", "wechatwork-user-accounts-2019"], ChartLanguage.Chinese);
        var chart = Answer(501, "[1] KrASIA") with { Html = "<i>[1] KrASIA</i>", Chart = spec };

        await _store.CommitAsync([new HandledUpdate(1, [chart, Answer(501, "text")])], default);
        var recovered = (await new SqlOutboxStore(_database.NewDatabase(_time), _time).RecoverAsync(default)).Pending;

        Assert.Equal((spec.Key, spec.Language), (recovered[0].Chart!.Key, recovered[0].Chart!.Language));
        Assert.Equal("<i>[1] KrASIA</i>", recovered[0].Html);
        Assert.Null(recovered[1].Chart);
    }

    [SkippableFact]
    public async Task Recover_ReturnsWhatIsOwedOldestFirst_AndCompleteRemovesIt()
    {
        var first = await _store.CommitAsync([new HandledUpdate(1, [Answer(1, "a"), Answer(1, "b")])], default);
        var second = await _store.CommitAsync([new HandledUpdate(2, [Answer(2, "c")])], default);

        await _store.CompleteAsync([new OutboxCompletion(first[0], new SendOutcome(SendStatus.Sent, 1, 10))], default);

        Assert.Equal(["b", "c"], (await _store.RecoverAsync(default)).Pending.Select(m => m.PlainText));
        Assert.NotEqual(0, second[0].OutboxId);
    }

    [SkippableFact]
    public async Task Commit_UpdateAlreadyRecordedByAnotherReplica_KeepsOnlyTheFirstAnswer()
    {
        var other = new SqlOutboxStore(_database.NewDatabase(_time), _time);
        await other.CommitAsync([new HandledUpdate(9, [Answer(9, "first")])], default);

        var stored = await _store.CommitAsync([new HandledUpdate(9, [Answer(9, "again")]), new HandledUpdate(10, [Answer(10, "new")])], default);

        Assert.Equal(["new"], stored.Select(m => m.PlainText));
        Assert.Equal(["first", "new"], (await _store.RecoverAsync(default)).Pending.Select(m => m.PlainText));
    }

    [SkippableFact]
    public async Task Commit_TheSameUpdateOnEightReplicasAtOnce_IsAnsweredOnce()
    {
        var replicas = Enumerable.Range(0, 8).Select(_ => new SqlOutboxStore(_database.NewDatabase(_time), _time)).ToList();
        await _store.FindHandledAsync([1], default); // the schema exists before the race

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commits = replicas.Select((replica, i) => Task.Run(async () =>
        {
            await gate.Task;
            return await replica.CommitAsync([new HandledUpdate(77, [Answer(77, $"answer {i}")])], default);
        })).ToList();
        gate.SetResult();

        Assert.Single((await Task.WhenAll(commits)).SelectMany(stored => stored));
        Assert.Single((await _store.RecoverAsync(default)).Pending);
    }

    [SkippableFact]
    public async Task Take_MarksRowsAsTheHolders_SoItTakesEachOnce_AndANewHolderTakesWhatIsUnfinished()
    {
        await _store.CommitAsync([new HandledUpdate(1, [Answer(1, "a"), Answer(2, "b"), Answer(3, "c")])], default);

        var first = await _store.TakeAsync("replica-a", 2, default);
        var rest = await _store.TakeAsync("replica-a", 10, default);
        var again = await _store.TakeAsync("replica-a", 10, default);
        await _store.CompleteAsync([new OutboxCompletion(first.Pending[0], new SendOutcome(SendStatus.Sent, 1, 1))], default);
        var takenOver = await _store.TakeAsync("replica-b", 10, default);

        Assert.Equal(["a", "b"], first.Pending.Select(m => m.PlainText));
        Assert.Equal(["c"], rest.Pending.Select(m => m.PlainText));
        Assert.Empty(again.Pending);
        Assert.Equal(["b", "c"], takenOver.Pending.Select(m => m.PlainText));
    }

    [SkippableFact]
    public async Task Take_DigestAnotherSenderHadStarted_IsNotSentAgainAndItsDayIsUnconfirmed_ButItsOwnIsKept()
    {
        var (subscriptions, queued) = await QueuedDigestAsync();
        await _store.TakeAsync("replica-a", 10, default);
        await _store.MarkAttemptedAsync(queued.OutboxId, attempted: true, default);

        var byItself = await _store.TakeAsync("replica-a", 10, default);
        var byAnother = await _store.TakeAsync("replica-b", 10, default);

        Assert.Empty(byItself.Unconfirmed);
        Assert.Empty(byAnother.Pending);
        Assert.Equal([(9L, Today)], byAnother.Unconfirmed);
        Assert.Equal("unconfirmed", await subscriptions.GetDeliveryStatusAsync(9, Today, default));
    }

    [SkippableFact]
    public async Task Recover_DigestWhoseRequestHadStarted_IsNotSentAgainAndItsDayIsUnconfirmed()
    {
        var (subscriptions, queued) = await QueuedDigestAsync();
        await _store.MarkAttemptedAsync(queued.OutboxId, attempted: true, default);

        var recovery = await _store.RecoverAsync(default);

        Assert.Empty(recovery.Pending);
        Assert.Equal([(9L, Today)], recovery.Unconfirmed);
        Assert.Equal("unconfirmed", await subscriptions.GetDeliveryStatusAsync(9, Today, default));
    }

    [SkippableFact]
    public async Task Recover_DigestNotYetAttempted_IsStillOwed()
    {
        await QueuedDigestAsync();

        var recovery = await _store.RecoverAsync(default);

        Assert.Equal(Today, Assert.Single(recovery.Pending).DigestDate);
        Assert.Empty(recovery.Unconfirmed);
    }

    [SkippableTheory]
    [InlineData(true, "sent")]
    [InlineData(false, "failed")]
    public async Task Complete_Digest_RecordsHowTheDayWent(bool delivered, string expected)
    {
        var status = delivered ? SendStatus.Sent : SendStatus.Failed;
        var (subscriptions, queued) = await QueuedDigestAsync();

        await _store.CompleteAsync([new OutboxCompletion(queued, new SendOutcome(status, 9))], default);

        Assert.Equal(expected, await subscriptions.GetDeliveryStatusAsync(9, Today, default));
        Assert.Empty((await _store.RecoverAsync(default)).Pending);
    }

    [SkippableFact]
    public async Task HandledIds_AreForgottenAfterTwoDays_SoRandomlyRestartedIdsAreNotMistakenForRepeats()
    {
        await _store.CommitAsync([new HandledUpdate(77, [])], default);
        _time.Advance(SqlOutboxStore.RememberHandledFor + TimeSpan.FromMinutes(1));

        await _store.RecoverAsync(default);

        Assert.Empty(await _store.FindHandledAsync([77], default));
    }

    [SkippableFact]
    public async Task Measure_CountsWhatIsOwedAndSinceWhen()
    {
        Assert.Equal(new OutboxDepth(0, null), await _store.MeasureAsync(default));
        var oldest = _time.GetUtcNow();
        await _store.CommitAsync([new HandledUpdate(1, [Answer(1, "a")])], default);
        _time.Advance(TimeSpan.FromSeconds(5));
        await _store.CommitAsync([new HandledUpdate(2, [Answer(2, "b")])], default);

        Assert.Equal(new OutboxDepth(2, oldest), await _store.MeasureAsync(default));
    }

    [SkippableFact]
    public async Task Lease_IsHeldByOneHolderUntilItExpiresOrIsReleased()
    {
        var leases = new SqlLeaseStore(_owner);
        var lease = TimeSpan.FromSeconds(10);
        var now = _time.GetUtcNow();

        Assert.True(await leases.TryHoldAsync("sender", "a", now, lease, default));
        Assert.False(await leases.TryHoldAsync("sender", "b", now + TimeSpan.FromSeconds(9), lease, default));
        Assert.True(await leases.TryHoldAsync("sender", "a", now + TimeSpan.FromSeconds(9), lease, default)); // renewed until 19 s
        Assert.False(await leases.TryHoldAsync("sender", "b", now + TimeSpan.FromSeconds(18), lease, default));
        Assert.True(await leases.TryHoldAsync("sender", "b", now + TimeSpan.FromSeconds(19), lease, default)); // a died
        Assert.False(await leases.TryHoldAsync("sender", "a", now + TimeSpan.FromSeconds(20), lease, default));

        await leases.ReleaseAsync("sender", "b", default);
        Assert.True(await leases.TryHoldAsync("sender", "a", now + TimeSpan.FromSeconds(20), lease, default));
    }

    [SkippableFact]
    public async Task Lease_EightReplicasAtOnce_OneHoldsIt()
    {
        var replicas = Enumerable.Range(0, 8).Select(_ => new SqlLeaseStore(_database.NewDatabase(_time))).ToList();
        await new SqlLeaseStore(_owner).ReleaseAsync("none", "none", default); // the schema exists before the race

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = replicas.Select((replica, i) => Task.Run(async () =>
        {
            await gate.Task;
            return await replica.TryHoldAsync("sender", $"replica-{i}", _time.GetUtcNow(), TimeSpan.FromSeconds(10), default);
        })).ToList();
        gate.SetResult();

        Assert.Single(await Task.WhenAll(claims), held => held);
    }

    /// <summary>Chat 9's digest of today, queued as the scheduler does it.</summary>
    private async Task<(SqlSubscriptionStore Subscriptions, OutgoingMessage Digest)> QueuedDigestAsync()
    {
        var subscriptions = new SqlSubscriptionStore(_owner, _time);
        await subscriptions.UpsertAsync(9, new TimeOnly(9, 0), "UTC", default);
        var queued = await subscriptions.QueueDigestAsync(9, Today, DigestHistory.None, [Digest(9, "digest")], default);
        return (subscriptions, queued.Single());
    }

    private OutgoingMessage Answer(long chatId, string text) => new(chatId, text, text) { Deadline = _time.GetUtcNow().AddHours(1) };

    private OutgoingMessage Digest(long chatId, string text) => Answer(chatId, text) with { DigestDate = Today };
}

public sealed class SqliteOutboxStoreTests() : OutboxStoreContract(new SqliteTestStore());

/// <summary>Skipped, saying why, when no server is configured: see <see cref="PostgresTestStore"/>.</summary>
public sealed class PostgresOutboxStoreTests() : OutboxStoreContract(new PostgresTestStore());
