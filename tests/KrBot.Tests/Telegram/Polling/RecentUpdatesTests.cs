using KrBot.Telegram.Polling;

namespace KrBot.Tests.Telegram.Polling;

public sealed class RecentUpdatesTests
{
    [Fact]
    public void TryAdd_RedeliveredUpdate_IsRecognised()
    {
        var recent = new RecentUpdates(null);

        Assert.True(recent.TryAdd(10));
        Assert.False(recent.TryAdd(10));
    }

    [Fact]
    public void TryAdd_LastUpdateStoredBeforeARestart_IsRecognised()
    {
        Assert.False(new RecentUpdates(41).TryAdd(41));
    }

    [Fact]
    public void TryAdd_IdsRestartedLowerAfterAQuietWeek_AreStillHandled()
    {
        var recent = new RecentUpdates(900_000);

        Assert.True(recent.TryAdd(12));
        Assert.True(recent.TryAdd(13));
    }

    [Fact]
    public void TryAdd_RemembersOnlyTheLastThousand()
    {
        var recent = new RecentUpdates(null);
        for (var id = 1; id <= 1001; id++) recent.TryAdd(id);

        Assert.True(recent.TryAdd(1));
        Assert.False(recent.TryAdd(1001));
    }
}
