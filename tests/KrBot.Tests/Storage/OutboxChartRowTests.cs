using KrBot.Core.Charts;
using KrBot.Storage;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Storage;

/// <summary>A chart reply is owed like any other: the outbox keeps its spec (not the picture) across a restart.</summary>
public sealed class OutboxChartRowTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("krbot-outbox-").FullName;
    private readonly SqliteDatabase _database;

    public OutboxChartRowTests() => _database = new SqliteDatabase(Path.Combine(_folder, "krbot.db"), _time);

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Commit_ChartReply_RecoversItsSpecAndCaption()
    {
        var spec = new ChartSpec("users", ["dingtalk-users-2020-03-31", "wechatwork-user-accounts-2019"], ChartLanguage.Chinese);
        var reply = new OutgoingMessage(501, "<i>[1] KrASIA</i>", "[1] KrASIA") { Deadline = _time.GetUtcNow().AddHours(1), Chart = spec };
        var text = new OutgoingMessage(501, "text", "text") { Deadline = _time.GetUtcNow().AddHours(1) };

        await new SqliteOutboxStore(_database, _time).CommitAsync([1], [reply, text], default);
        var recovered = (await new SqliteOutboxStore(_database, _time).RecoverAsync(default)).Pending;

        Assert.Equal(spec.Key, recovered[0].Chart!.Key);
        Assert.Equal(spec.Language, recovered[0].Chart!.Language);
        Assert.Equal("<i>[1] KrASIA</i>", recovered[0].Html);
        Assert.Null(recovered[1].Chart);
    }
}
