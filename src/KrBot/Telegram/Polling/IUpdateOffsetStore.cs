namespace KrBot.Telegram.Polling;

/// <summary>
/// The last update we handled, kept across restarts. Telegram learns our offset only at the next getUpdates, so
/// after a crash it redelivers; this record is how a redelivered update is recognised and skipped.
/// </summary>
internal interface IUpdateOffsetStore
{
    Task<int?> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(int updateId, CancellationToken cancellationToken);
}
