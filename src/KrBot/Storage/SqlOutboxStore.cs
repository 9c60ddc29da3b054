using System.Data.Common;
using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using static KrBot.Storage.DbCommands;

namespace KrBot.Storage;

/// <summary>
/// <see cref="IOutboxStore"/> on the bot's database, SQLite or PostgreSQL: one SQL text for both, save for the
/// dialect's few words. One transaction per getUpdates batch (or webhook request), not per update.
/// </summary>
internal sealed class SqlOutboxStore(IBotDatabase database, TimeProvider timeProvider) : IOutboxStore
{
    /// <summary>
    /// Telegram keeps unconfirmed updates for 24 hours, so an id older than this cannot come back; forgetting it
    /// matters because after a quiet week Telegram picks new ids at random, and one may equal an old one.
    /// </summary>
    public static readonly TimeSpan RememberHandledFor = TimeSpan.FromHours(48);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    public async Task<IReadOnlySet<int>> FindHandledAsync(IReadOnlyCollection<int> updateIds, CancellationToken cancellationToken)
    {
        var handled = new HashSet<int>();
        if (updateIds.Count == 0) return handled;
        await using var connection = await database.OpenAsync(cancellationToken);

        // A batch has at most 100 ids: one statement with a list is cheaper than 100 lookups.
        await using var command = CreateCommand(
            connection,
            null,
            $"SELECT update_id FROM handled_updates WHERE update_id {database.Dialect.IsAnyOfIds("@ids")};",
            [("@ids", database.Dialect.IdList(updateIds))]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) handled.Add(reader.GetInt32(0));
        return handled;
    }

    public async Task<IReadOnlyList<OutgoingMessage>> CommitAsync(IReadOnlyList<HandledUpdate> updates, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // DO NOTHING, and the replies only of updates recorded here: when Telegram's retry of an update reaches another
        // replica while the first is still answering it, the second insert waits for the first commit, then finds the
        // row, and its replies are dropped. An update is answered by whichever replica records it first.
        var replies = new List<OutgoingMessage>();
        await using (var record = CreateCommand(
            connection,
            transaction,
            "INSERT INTO handled_updates (update_id, handled_at_ms) VALUES (@id, @now) ON CONFLICT (update_id) DO NOTHING;",
            [("@id", 0), ("@now", now.ToUnixTimeMilliseconds())]))
        {
            foreach (var update in updates)
            {
                Set(record, "@id", update.Id);
                if (await record.ExecuteNonQueryAsync(cancellationToken) > 0) replies.AddRange(update.Replies);
            }
        }

        var stored = await OutboxRows.InsertAsync(connection, transaction, database.Dialect, replies, now, cancellationToken);
        if (now >= _nextPrune)
        {
            _nextPrune = now + PruneEvery;
            await PruneHandledAsync(connection, transaction, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<OutboxRecovery> RecoverAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await PruneHandledAsync(connection, null, timeProvider.GetUtcNow(), cancellationToken);
        }

        // A holder nobody had before: every row is owed to it, and every digest another sender had started is unconfirmed.
        return await TakeAsync($"recovery-{Guid.NewGuid():N}", int.MaxValue, cancellationToken);
    }

    public async Task<OutboxRecovery> TakeAsync(string holder, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // A digest whose request another sender had started may have arrived: not sent again. Every part of such a
        // digest goes, since its second half alone would make no sense.
        var unconfirmed = new List<(long, DateOnly)>();
        await using (var interrupted = CreateCommand(
            connection,
            transaction,
            """
            DELETE FROM outbox WHERE digest_local_date IS NOT NULL AND (chat_id, digest_local_date) IN
                (SELECT chat_id, digest_local_date FROM outbox
                 WHERE digest_local_date IS NOT NULL AND attempted_at_ms IS NOT NULL AND (taken_by IS NULL OR taken_by <> @holder))
            RETURNING chat_id, digest_local_date;
            """,
            [("@holder", holder)]))
        await using (var reader = await interrupted.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) unconfirmed.Add((reader.GetInt64(0), SubscriptionRows.ParseDate(reader.GetString(1))));
        }

        foreach (var (chatId, date) in unconfirmed.Distinct())
        {
            await SetDeliveryStatusAsync(connection, transaction, chatId, date, "unconfirmed", null, cancellationToken);
        }

        // Marking, not reading past the highest id seen: a transaction that took a lower id may commit after a higher one.
        var pending = new List<OutgoingMessage>();
        await using (var take = CreateCommand(
            connection,
            transaction,
            $"""
            UPDATE outbox SET taken_by = @holder WHERE id IN
                (SELECT id FROM outbox WHERE taken_by IS NULL OR taken_by <> @holder ORDER BY id LIMIT @limit {database.Dialect.SkipLocked})
            RETURNING {OutboxRows.Columns};
            """,
            [("@holder", holder), ("@limit", (long)limit)]))
        await using (var reader = await take.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) pending.Add(OutboxRows.Read(reader));
        }

        await transaction.CommitAsync(cancellationToken);
        pending.Sort((a, b) => a.OutboxId.CompareTo(b.OutboxId)); // RETURNING keeps no order
        return new OutboxRecovery(pending, unconfirmed.Distinct().ToList());
    }

    public async Task MarkAttemptedAsync(long outboxId, bool attempted, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            "UPDATE outbox SET attempted_at_ms = @at WHERE id = @id;",
            [("@id", outboxId), ("@at", attempted ? timeProvider.GetUtcNow().ToUnixTimeMilliseconds() : null)],
            cancellationToken);
    }

    public async Task CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken)
    {
        if (completions.Count == 0) return;
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = CreateCommand(connection, transaction, "DELETE FROM outbox WHERE id = @id;", [("@id", 0L)]))
        {
            foreach (var (message, _) in completions)
            {
                Set(delete, "@id", message.OutboxId);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        foreach (var (message, outcome) in completions)
        {
            if (message.DigestDate is not { } date) continue;
            var status = outcome.Status switch { SendStatus.Sent => "sent", SendStatus.Unconfirmed => "unconfirmed", _ => "failed" };
            var sentAt = outcome.Status == SendStatus.Sent ? now : (long?)null;

            // Under the id it went to (a migrated group), or the one it was queued for if the move was not recorded.
            await SetDeliveryStatusAsync(connection, transaction, outcome.ChatId, date, status, sentAt, cancellationToken);
            if (outcome.ChatId != message.ChatId) await SetDeliveryStatusAsync(connection, transaction, message.ChatId, date, status, sentAt, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<OutboxDepth> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, "SELECT COUNT(*), MIN(created_at_ms) FROM outbox;", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1));
        return new OutboxDepth(reader.GetInt64(0), oldest);
    }

    // Only a day that is on its way changes: "sent" must not turn into "failed" because a later part of a long digest failed.
    private static Task<int> SetDeliveryStatusAsync(
        DbConnection connection,
        DbTransaction transaction,
        long chatId,
        DateOnly date,
        string status,
        long? sentAtMs,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            "UPDATE deliveries SET status = @status, sent_at_ms = COALESCE(@sent, sent_at_ms) WHERE chat_id = @chat AND local_date = @date AND status = 'queued';",
            [("@status", status), ("@sent", sentAtMs), ("@chat", chatId), ("@date", SubscriptionRows.FormatDate(date))],
            cancellationToken);

    private static Task<int> PruneHandledAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            "DELETE FROM handled_updates WHERE handled_at_ms < @cutoff;",
            [("@cutoff", (now - RememberHandledFor).ToUnixTimeMilliseconds())],
            cancellationToken);
}
