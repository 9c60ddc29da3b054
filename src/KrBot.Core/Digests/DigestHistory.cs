namespace KrBot.Core.Digests;

/// <summary>
/// What a chat has been sent before: the facts it has seen, the last stat of the day, how many digests.
/// The subscription store keeps it per chat.
/// </summary>
public sealed record DigestHistory(IReadOnlyList<string> SeenFactIds, string? LastStatFactId, int DigestsSent)
{
    public static DigestHistory None { get; } = new([], null, 0);

    // A record compares lists by reference; two histories read from the store separately must still be equal.
    public bool Equals(DigestHistory? other) =>
        other is not null
        && LastStatFactId == other.LastStatFactId
        && DigestsSent == other.DigestsSent
        && SeenFactIds.SequenceEqual(other.SeenFactIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(LastStatFactId, DigestsSent, SeenFactIds.Count);
}
