using KrBot.Core.Languages;
using KrBot.Languages;
using KrBot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Languages;

/// <summary>Each chat's /lang, kept in the bot's database: run against SQLite and PostgreSQL.</summary>
public abstract class ChatLanguageStoreContract : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    private readonly TestStore _database;
    private readonly SqlChatLanguageStore _store;

    private protected ChatLanguageStoreContract(TestStore database)
    {
        _database = database;
        _store = new SqlChatLanguageStore(database.NewDatabase(_time), _time);
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Get_ChatThatNeverSetOne_IsAuto()
    {
        Assert.Equal(LanguagePreference.Auto, await _store.GetAsync(42, default));
    }

    [SkippableTheory]
    [InlineData(LanguagePreference.English)]
    [InlineData(LanguagePreference.Chinese)]
    [InlineData(LanguagePreference.SimplifiedChinese)]
    [InlineData(LanguagePreference.TraditionalChinese)]
    public async Task Set_IsReadBack_AndSurvivesAReopen(LanguagePreference preference)
    {
        await _store.SetAsync(-100, preference, default);

        Assert.Equal(preference, await new SqlChatLanguageStore(_database.NewDatabase(_time), _time).GetAsync(-100, default));
    }

    [SkippableFact]
    public async Task Set_Auto_ForgetsTheSetting()
    {
        await _store.SetAsync(7, LanguagePreference.Chinese, default);

        await _store.SetAsync(7, LanguagePreference.Auto, default);

        Assert.Equal(LanguagePreference.Auto, await _store.GetAsync(7, default));
    }

    [SkippableFact]
    public async Task MoveChat_TheSupergroupKeepsTheGroupsLanguage_OneAlreadyThereWins()
    {
        await _store.SetAsync(-1, LanguagePreference.Chinese, default);
        await _store.SetAsync(-2, LanguagePreference.English, default);
        await _store.SetAsync(-3, LanguagePreference.TraditionalChinese, default);

        await _store.MoveChatAsync(-1, -1001, default);
        await _store.MoveChatAsync(-2, -3, default);

        Assert.Equal((LanguagePreference.Auto, LanguagePreference.Chinese), (await _store.GetAsync(-1, default), await _store.GetAsync(-1001, default)));
        Assert.Equal((LanguagePreference.Auto, LanguagePreference.TraditionalChinese), (await _store.GetAsync(-2, default), await _store.GetAsync(-3, default)));
    }

    [SkippableFact]
    public async Task Remove_ForgetsTheChat()
    {
        await _store.SetAsync(9, LanguagePreference.English, default);

        await _store.RemoveAsync(9, default);

        Assert.Equal(LanguagePreference.Auto, await _store.GetAsync(9, default));
    }
}

public sealed class SqliteChatLanguageStoreTests() : ChatLanguageStoreContract(new SqliteTestStore());

/// <summary>Skipped, saying why, when no server is configured: see <see cref="PostgresTestStore"/>.</summary>
public sealed class PostgresChatLanguageStoreTests() : ChatLanguageStoreContract(new PostgresTestStore())
{
    [SkippableFact]
    public async Task Set_OnOneReplica_IsWhatTheNextQuestionOnAnotherReads()
    {
        using var database = new PostgresTestStore();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        var here = new SqlChatLanguageStore(database.NewDatabase(time), time);
        var there = new SqlChatLanguageStore(database.NewDatabase(time), time);
        Assert.Equal(LanguagePreference.Auto, await there.GetAsync(-5, default));

        await here.SetAsync(-5, LanguagePreference.Chinese, default);

        // The other replica read the chat a moment ago; the /lang it did not see must still win at once.
        Assert.Equal(LanguagePreference.Chinese, await there.GetAsync(-5, default));
    }
}
