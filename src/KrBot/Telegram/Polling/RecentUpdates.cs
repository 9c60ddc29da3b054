namespace KrBot.Telegram.Polling;

/// <summary>
/// The ids of the updates handled lately (and the one stored before a restart), so a redelivered update is
/// recognised. Bounded: an id older than the last thousand cannot come back, Telegram confirms far sooner.
/// </summary>
internal sealed class RecentUpdates(int? storedLastHandled)
{
    private const int Capacity = 1000;
    private readonly HashSet<int> _ids = storedLastHandled is { } id ? [id] : [];
    private readonly Queue<int> _order = new(storedLastHandled is { } id2 ? [id2] : []);

    /// <summary>False when the id was handled already.</summary>
    public bool TryAdd(int updateId)
    {
        if (!_ids.Add(updateId)) return false;
        _order.Enqueue(updateId);
        if (_order.Count > Capacity) _ids.Remove(_order.Dequeue());
        return true;
    }
}
