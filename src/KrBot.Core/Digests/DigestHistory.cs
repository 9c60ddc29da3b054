namespace KrBot.Core.Digests;

/// <summary>What a chat has been sent before: the facts it has seen, the last stat of the day, how many digests.</summary>
public sealed record DigestHistory(IReadOnlyCollection<string> SeenFactIds, string? LastStatFactId, int DigestsSent)
{
    public static DigestHistory None { get; } = new([], null, 0);
}
