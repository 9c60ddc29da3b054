using KrBot.Core.Digests;
using KrBot.Storage;
using KrBot.Telegram.Sending;
using static KrBot.Storage.DbCommands;
using static KrBot.Subscriptions.SubscriptionRows;

namespace KrBot.Subscriptions;

/// <summary>
/// <see cref="ISubscriptionStore"/> on the bot's database, SQLite or PostgreSQL, with one SQL text for both: one pooled
/// connection per operation, so any number of loops (and replicas) can call it at once. Claims are single statements,
/// so two claimers of one day cannot both win on either provider.
/// </summary>
internal sealed class SqlSubscriptionStore : ISubscriptionStore, IDisposable
{
    private readonly IBotDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly bool _ownsDatabase;

    public SqlSubscriptionStore(IBotDatabase database, TimeProvider timeProvider)
    {
        _database = database;
        _timeProvider = timeProvider;
    }

    /// <summary>A store with a SQLite file of its own (tests, tools).</summary>
    public SqlSubscriptionStore(string databasePath, TimeProvider timeProvider)
        : this(new SqliteDatabase(databasePath, timeProvider), timeProvider)
    {
        _ownsDatabase = true;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => _database.InitializeAsync(cancellationToken);

    public async Task<Subscription> UpsertAsync(long chatId, TimeOnly localTime, string timeZoneId, CancellationToken cancellationToken)
    {
        // A zone the schedule cannot resolve would leave the chat subscribed but never due.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            throw new ArgumentException($"Unknown time zone '{timeZoneId}'.", nameof(timeZoneId));
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(
            connection,
            null,
            $"""
            INSERT INTO subscriptions (chat_id, local_time, time_zone_id, created_at_ms) VALUES (@chat, @time, @zone, @now)
            ON CONFLICT (chat_id) DO UPDATE SET local_time = excluded.local_time, time_zone_id = excluded.time_zone_id
            RETURNING {Columns};
            """,
            [("@chat", chatId), ("@time", FormatTime(localTime)), ("@zone", timeZoneId), ("@now", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ReadSubscription(reader);
    }

    public async Task<bool> RemoveAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM deliveries WHERE chat_id = @chat;", [("@chat", chatId)], cancellationToken);
        var removed = await ExecuteAsync(connection, transaction, "DELETE FROM subscriptions WHERE chat_id = @chat;", [("@chat", chatId)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    public async Task<Subscription?> GetAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, $"SELECT {Columns} FROM subscriptions WHERE chat_id = @chat;", [("@chat", chatId)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadSubscription(reader) : null;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, $"SELECT {Columns} FROM subscriptions ORDER BY chat_id;", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var subscriptions = new List<Subscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            subscriptions.Add(ReadSubscription(reader));
        }

        return subscriptions;
    }

    public async Task<bool> TryClaimAsync(long chatId, DateOnly localDate, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await using var connection = await OpenAsync(cancellationToken);

        // One statement, so the check and the claim are atomic: the (chat_id, local_date) key lets one writer in, and the
        // conflict branch takes over only a row that is not sent and whose lease or retry time has passed.
        // The last-sent check also covers days whose delivery rows are gone (a chat moved onto an existing subscription).
        var claimed = await ExecuteAsync(
            connection,
            null,
            """
            INSERT INTO deliveries (chat_id, local_date, status, available_at_ms)
            SELECT @chat, @date, 'claimed', @until
            WHERE EXISTS (SELECT 1 FROM subscriptions
                          WHERE chat_id = @chat AND (last_sent_local_date IS NULL OR last_sent_local_date < @date))
            ON CONFLICT (chat_id, local_date) DO UPDATE SET status = 'claimed', available_at_ms = excluded.available_at_ms
            WHERE deliveries.status <> 'sent' AND deliveries.available_at_ms <= @now;
            """,
            [("@chat", chatId), ("@date", FormatDate(localDate)), ("@until", (now + lease).ToUnixTimeMilliseconds()), ("@now", now.ToUnixTimeMilliseconds())],
            cancellationToken);
        return claimed > 0;
    }

    public async Task<IReadOnlyList<OutgoingMessage>> QueueDigestAsync(
        long chatId,
        DateOnly localDate,
        DigestHistory memory,
        IReadOnlyList<OutgoingMessage> messages,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var date = FormatDate(localDate);
        var now = _timeProvider.GetUtcNow();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // max() keeps a late digest for an older day from moving the last sent date backwards.
        var updated = await ExecuteAsync(
            connection,
            transaction,
            $"""
            UPDATE subscriptions
            SET last_sent_local_date = {_database.Dialect.Greatest}(COALESCE(last_sent_local_date, @date), @date),
                seen_fact_ids = @seen, last_stat_fact_id = @stat, digests_sent = @count
            WHERE chat_id = @chat;
            """,
            [("@chat", chatId), ("@date", date), ("@seen", FormatSeen(memory.SeenFactIds)), ("@stat", memory.LastStatFactId), ("@count", memory.DigestsSent)],
            cancellationToken);
        if (updated == 0)
        {
            return []; // Unsubscribed meanwhile: nothing to send, nothing to record against.
        }

        await ExecuteAsync(
            connection,
            transaction,
            """
            INSERT INTO deliveries (chat_id, local_date, status) VALUES (@chat, @date, 'queued')
            ON CONFLICT (chat_id, local_date) DO UPDATE SET status = 'queued', available_at_ms = NULL;
            """,
            [("@chat", chatId), ("@date", date)],
            cancellationToken);
        var stored = await OutboxRows.InsertAsync(connection, transaction, _database.Dialect, messages, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<string?> GetDeliveryStatusAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(
            connection,
            null,
            "SELECT status FROM deliveries WHERE chat_id = @chat AND local_date = @date;",
            [("@chat", chatId), ("@date", FormatDate(localDate))]);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        if (oldChatId == newChatId)
        {
            return;
        }

        (string, object?)[] ids = [("@old", oldChatId), ("@new", newChatId)];
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The new id's own record wins where both have one for the same day; the old duplicates then go.
        await ExecuteAsync(
            connection,
            transaction,
            """
            UPDATE deliveries SET chat_id = @new WHERE chat_id = @old
              AND NOT EXISTS (SELECT 1 FROM deliveries AS d WHERE d.chat_id = @new AND d.local_date = deliveries.local_date);
            """,
            ids,
            cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM deliveries WHERE chat_id = @old;", ids, cancellationToken);

        // A subscription already under the new id is the newer wish and wins, but it must not get a second digest for a day
        // the old id already received.
        await ExecuteAsync(
            connection,
            transaction,
            """
            UPDATE subscriptions AS n SET last_sent_local_date = o.last_sent_local_date
            FROM subscriptions AS o
            WHERE n.chat_id = @new AND o.chat_id = @old AND o.last_sent_local_date IS NOT NULL
              AND (n.last_sent_local_date IS NULL OR n.last_sent_local_date < o.last_sent_local_date);
            """,
            ids,
            cancellationToken);
        await ExecuteAsync(
            connection,
            transaction,
            "UPDATE subscriptions SET chat_id = @new WHERE chat_id = @old AND NOT EXISTS (SELECT 1 FROM subscriptions AS s WHERE s.chat_id = @new);",
            ids,
            cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM subscriptions WHERE chat_id = @old;", ids, cancellationToken);

        // Messages still owed to the group go to the supergroup after a restart too.
        await ExecuteAsync(connection, transaction, "UPDATE outbox SET chat_id = @new WHERE chat_id = @old;", ids, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (_ownsDatabase) ((IDisposable)_database).Dispose();
    }

    private Task<System.Data.Common.DbConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
