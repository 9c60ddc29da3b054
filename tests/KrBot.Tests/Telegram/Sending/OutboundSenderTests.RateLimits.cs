using KrBot.Telegram.Sending;

namespace KrBot.Tests.Telegram.Sending;

/// <summary>Telegram's limits, measured on the simulated clock at the moment each request reaches the client.</summary>
public sealed partial class OutboundSenderTests
{
    [Fact]
    public async Task SendAsync_NinetyChats_SpacedToThirtyPerSecond()
    {
        await using var harness = new SenderHarness();
        await harness.StartAsync();

        var outcomes = await harness.RunAllAsync(Enumerable.Range(1, 90).Select(chat => harness.Send(chat, "digest")));

        Assert.All(outcomes, outcome => Assert.Equal(SendStatus.Sent, outcome.Status));
        var times = harness.Requests.Select(request => request.At).Order().ToList();
        Assert.Equal(90, times.Count);
        AssertAtMost(30, TimeSpan.FromSeconds(1), times);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1.0 / 30)));
        // Spacing, not bursts: the 90th goes out just under 3 s after the first (plus the jitter margin), and no later.
        Assert.InRange(times[^1], TimeSpan.FromSeconds(2.96), TimeSpan.FromSeconds(3 * (1 + RateLimits.Margin)));
    }

    [Fact]
    public async Task SendAsync_ThreeToOneChat_OnePerSecond()
    {
        await using var harness = new SenderHarness();
        await harness.StartAsync();

        await harness.RunAllAsync(Enumerable.Range(0, 3).Select(i => harness.Send(5, $"part {i}")));

        var second = RateLimits.From(new SenderOptions()).ChatInterval;
        Assert.Equal([TimeSpan.Zero, second, 2 * second], harness.Requests.Select(request => request.At));
    }

    [Fact]
    public async Task SendAsync_TwentyFiveToOneGroup_TwentyPerMinute()
    {
        await using var harness = new SenderHarness();
        await harness.StartAsync();

        var outcomes = await harness.RunAllAsync(Enumerable.Range(0, 25).Select(i => harness.Send(-100, $"part {i}")));

        Assert.All(outcomes, outcome => Assert.Equal(SendStatus.Sent, outcome.Status));
        var times = harness.Requests.Select(request => request.At).ToList();
        AssertAtMost(20, TimeSpan.FromMinutes(1), times);
        var second = RateLimits.From(new SenderOptions()).ChatInterval;
        var minute = RateLimits.From(new SenderOptions()).GroupWindow;
        Assert.Equal(19 * second, times[19]);
        Assert.Equal(minute, times[20]);
        Assert.Equal(minute + 4 * second, times[24]);
    }

    [Fact]
    public async Task SendAsync_RateLimitsDisabled_NoWaiting()
    {
        await using var harness = new SenderHarness(Unlimited);
        await harness.StartAsync();

        var toOneChat = Enumerable.Range(0, 30).Select(i => harness.Send(-100, $"part {i}"));
        var toManyChats = Enumerable.Range(1, 90).Select(chat => harness.Send(chat, "digest"));
        var outcomes = await harness.RunAllAsync(toOneChat.Concat(toManyChats));

        Assert.All(outcomes, outcome => Assert.Equal(SendStatus.Sent, outcome.Status));
        Assert.Equal(120, harness.Requests.Count);
        Assert.Equal(TimeSpan.Zero, harness.Elapsed);
    }

    /// <summary>No window of <paramref name="window"/> holds more than <paramref name="limit"/> of the sorted times.</summary>
    private static void AssertAtMost(int limit, TimeSpan window, IReadOnlyList<TimeSpan> times)
    {
        for (var i = 0; i + limit < times.Count; i++)
        {
            Assert.True(times[i + limit] - times[i] >= window, $"sends {i} to {i + limit} fit in {times[i + limit] - times[i]}");
        }
    }
}
