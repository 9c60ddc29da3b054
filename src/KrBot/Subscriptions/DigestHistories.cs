using KrBot.Core.Digests;

namespace KrBot.Subscriptions;

/// <summary>Converts between the stored memory of a chat and the composer's history (the same facts, two layers).</summary>
internal static class DigestHistories
{
    public static DigestHistory From(DigestMemory? memory) =>
        memory is null ? DigestHistory.None : new DigestHistory(memory.SeenFactIds, memory.LastStatFactId, memory.DigestsSent);

    public static DigestMemory ToMemory(DigestHistory history) => new(history.SeenFactIds.ToList(), history.LastStatFactId, history.DigestsSent);
}
