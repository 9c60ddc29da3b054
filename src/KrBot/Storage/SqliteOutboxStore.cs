using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using Microsoft.Data.Sqlite;
using static KrBot.Storage.SqliteCommands;

namespace KrBot.Storage;

/// <summary><see cref="IOutboxStore"/> on the bot's SQLite file: one transaction per getUpdates batch, not per update.</summary>
internal sealed class SqliteOutboxStore(SqliteDatabase database, TimeProvider timeProvider) : IOutboxStore
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

        // A batch has at most 100 ids: one statement with a JSON array is cheaper than 100 lookups.
        await using var command = CreateCommand(
            connection,
            null,
            "SELECT update_id FROM handled_updates WHERE update_id IN (SELECT value FROM json_each($ids));",
            [("$ids", "[" + string.Join(',', updateIds) + "]")]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) handled.Add(reader.GetInt32(0));
        return handled;
    }

    public async Task<IReadOnlyList<OutgoingMessage>> CommitAsync(
        IReadOnlyCollection<int> handledUpdateIds,
        IReadOnlyList<OutgoingMessage> replies,
        CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await using (var record = CreateCommand(
            connection,
            transaction,
            "INSERT INTO handled_updates (update_id, handled_at_ms) VALUES ($id, $now) ON CONFLICT (update_id) DO UPDATE SET handled_at_ms = excluded.handled_at_ms;",
            [("$id", 0), ("$now", now.ToUnixTimeMilliseconds())]))
        {
            foreach (var id in handledUpdateIds)
            {
                record.Parameters["$id"].Value = id;
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var stored = await OutboxRows.InsertAsync(connection, transaction, replies, now, cancellationToken);
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
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await PruneHandledAsync(connection, transaction, now, cancellationToken);

        var unconfirmed = new List<(long, DateOnly)>();
        await using (var interrupted = CreateCommand(
            connection,
            transaction,
            // Every part of such a digest goes: its second half alone would make no sense.
            """
            DELETE FROM outbox WHERE digest_local_date IS NOT NULL AND (chat_id, digest_local_date) IN
                (SELECT chat_id, digest_local_date FROM outbox WHERE digest_local_date IS NOT NULL AND attempted_at_ms IS NOT NULL)
            RETURNING chat_id, digest_local_date;
            """,
            []))
        await using (var reader = await interrupted.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) unconfirmed.Add((reader.GetInt64(0), SubscriptionRows.ParseDate(reader.GetString(1))));
        }

        foreach (var (chatId, date) in unconfirmed.Distinct())
        {
            await SetDeliveryStatusAsync(connection, transaction, chatId, date, "unconfirmed", null, cancellationToken);
        }

        var pending = new List<OutgoingMessage>();
        await using (var select = CreateCommand(connection, transaction, $"SELECT {OutboxRows.Columns} FROM outbox ORDER BY id;", []))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) pending.Add(OutboxRows.Read(reader));
        }

        await transaction.CommitAsync(cancellationToken);
        return new OutboxRecovery(pending, unconfirmed.Distinct().ToList());
    }

    public async Task MarkAttemptedAsync(long outboxId, bool attempted, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            "UPDATE outbox SET attempted_at_ms = $at WHERE id = $id;",
            [("$id", outboxId), ("$at", attempted ? timeProvider.GetUtcNow().ToUnixTimeMilliseconds() : null)],
            cancellationToken);
    }

    public async Task CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken)
    {
        if (completions.Count == 0) return;
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await using (var delete = CreateCommand(connection, transaction, "DELETE FROM outbox WHERE id = $id;", [("$id", 0L)]))
        {
            foreach (var (message, _) in completions)
            {
                delete.Parameters["$id"].Value = message.OutboxId;
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

    // Only a day that is on its way changes: "sent" must not turn into "failed" because a later part of a long digest failed.
    private static Task<int> SetDeliveryStatusAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        long chatId,
        DateOnly date,
        string status,
        long? sentAtMs,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            "UPDATE deliveries SET status = $status, sent_at_ms = COALESCE($sent, sent_at_ms) WHERE chat_id = $chat AND local_date = $date AND status = 'queued';",
            [("$status", status), ("$sent", sentAtMs), ("$chat", chatId), ("$date", SubscriptionRows.FormatDate(date))],
            cancellationToken);

    private static Task<int> PruneHandledAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            "DELETE FROM handled_updates WHERE handled_at_ms < $cutoff;",
            [("$cutoff", (now - RememberHandledFor).ToUnixTimeMilliseconds())],
            cancellationToken);
}
