using KrBot.Conversation;
using KrBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Conversation;

public sealed class ConversationMemoryTests
{
    private static readonly ConversationState DingTalkUsers = new(["dingtalk"], "users", Intent.Metric, null);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Recall_SamePersonSameChat_Only()
    {
        var memory = new ConversationMemory(_time);
        memory.Remember(-100, 1, DingTalkUsers);

        Assert.Equal(DingTalkUsers, memory.Recall(-100, 1));
        Assert.Null(memory.Recall(-100, 2)); // another member of the group
        Assert.Null(memory.Recall(-200, 1)); // the same person elsewhere
    }

    [Fact]
    public void Recall_AfterTheExpiry_ForgetsTheThread()
    {
        var memory = new ConversationMemory(_time);
        memory.Remember(5, 5, DingTalkUsers);

        _time.Advance(ConversationMemory.Expiry + TimeSpan.FromSeconds(1));

        Assert.Null(memory.Recall(5, 5));
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void Remember_PastCapacity_DropsTheLeastRecent_NeverGrowsUnbounded()
    {
        var memory = new ConversationMemory(_time);
        for (var user = 0; user < ConversationMemory.Capacity + 500; user++) memory.Remember(1, user, DingTalkUsers);

        Assert.Equal(ConversationMemory.Capacity, memory.Count);
        Assert.Null(memory.Recall(1, 0));
        Assert.NotNull(memory.Recall(1, ConversationMemory.Capacity + 499));
    }
}
