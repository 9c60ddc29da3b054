using KrBot.Core.Languages;
using KrBot.Languages;
using KrBot.Storage;
using KrBot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Languages;

public sealed class SqliteChatLanguageStoreTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    private readonly TempSqliteDatabase _file;
    private readonly SqliteChatLanguageStore _store;

    public SqliteChatLanguageStoreTests()
    {
        _file = new TempSqliteDatabase(_time);
        _store = new SqliteChatLanguageStore(_file.Database, _time);
    }

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Get_ChatThatNeverSetOne_IsAuto()
    {
        Assert.Equal(LanguagePreference.Auto, await _store.GetAsync(42, default));
    }

    [Theory]
    [InlineData(LanguagePreference.English)]
    [InlineData(LanguagePreference.Chinese)]
    [InlineData(LanguagePreference.SimplifiedChinese)]
    [InlineData(LanguagePreference.TraditionalChinese)]
    public async Task Set_IsReadBack_AndSurvivesAReopen(LanguagePreference preference)
    {
        await _store.SetAsync(-100, preference, default);

        using var reopened = new SqliteDatabase(_file.Path, _time);
        Assert.Equal(preference, await new SqliteChatLanguageStore(reopened, _time).GetAsync(-100, default));
    }

    [Fact]
    public async Task Set_Auto_ForgetsTheSetting()
    {
        await _store.SetAsync(7, LanguagePreference.Chinese, default);

        await _store.SetAsync(7, LanguagePreference.Auto, default);

        Assert.Equal(LanguagePreference.Auto, await _store.GetAsync(7, default));
    }

    [Fact]
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

    [Fact]
    public async Task Remove_ForgetsTheChat()
    {
        await _store.SetAsync(9, LanguagePreference.English, default);

        await _store.RemoveAsync(9, default);

        Assert.Equal(LanguagePreference.Auto, await _store.GetAsync(9, default));
    }
}
