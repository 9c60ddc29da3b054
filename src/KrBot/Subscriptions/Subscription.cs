namespace KrBot.Subscriptions;

/// <summary>
/// A chat's digest subscription: one digest each local day at <paramref name="LocalTime"/> in the IANA zone
/// <paramref name="TimeZoneId"/>. <paramref name="LastSentLocalDate"/> is the latest local date delivered.
/// </summary>
internal sealed record Subscription(
    long ChatId,
    TimeOnly LocalTime,
    string TimeZoneId,
    DateTimeOffset CreatedAt,
    DateOnly? LastSentLocalDate,
    DigestMemory Memory);

/// <summary>What the chat has seen, so the next digest can say what is new and rotate the stat of the day.</summary>
internal sealed record DigestMemory(IReadOnlyList<string> SeenFactIds, string? LastStatFactId, int DigestsSent)
{
    public static DigestMemory Empty { get; } = new([], null, 0);

    // A record compares lists by reference; two memories read from the store separately must still be equal.
    public bool Equals(DigestMemory? other) =>
        other is not null
        && LastStatFactId == other.LastStatFactId
        && DigestsSent == other.DigestsSent
        && SeenFactIds.SequenceEqual(other.SeenFactIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(LastStatFactId, DigestsSent, SeenFactIds.Count);
}
