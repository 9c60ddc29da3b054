using KrBot.Core.Digests;
using Microsoft.Data.Sqlite;
using static KrBot.Subscriptions.SubscriptionDatabase;

namespace KrBot.Subscriptions;

/// <summary>
/// <see cref="ISubscriptionStore"/> on a SQLite file: one pooled connection per operation, so any number of loops
/// (or hosts sharing the file) can call it at once; SQLite serialises the writers and the busy timeout makes them wait.
/// </summary>
internal sealed class SqliteSubscriptionStore : ISubscriptionStore, IDisposable
{
    private readonly string _connectionString;
    private readonly string _databasePath;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private volatile bool _initialized;

    public SqliteSubscriptionStore(string databasePath, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _databasePath = Path.GetFullPath(databasePath);
        _timeProvider = timeProvider;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
            await using var connection = await SubscriptionDatabase.OpenAsync(_connectionString, cancellationToken);
            await SubscriptionSchema.MigrateAsync(connection, _timeProvider.GetUtcNow(), cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

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
            INSERT INTO subscriptions (chat_id, local_time, time_zone_id, created_at_ms) VALUES ($chat, $time, $zone, $now)
            ON CONFLICT (chat_id) DO UPDATE SET local_time = excluded.local_time, time_zone_id = excluded.time_zone_id
            RETURNING {Columns};
            """,
            [("$chat", chatId), ("$time", FormatTime(localTime)), ("$zone", timeZoneId), ("$now", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ReadSubscription(reader);
    }

    public async Task<bool> RemoveAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM deliveries WHERE chat_id = $chat;", [("$chat", chatId)], cancellationToken);
        var removed = await ExecuteAsync(connection, transaction, "DELETE FROM subscriptions WHERE chat_id = $chat;", [("$chat", chatId)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    public async Task<Subscription?> GetAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, $"SELECT {Columns} FROM subscriptions WHERE chat_id = $chat;", [("$chat", chatId)]);
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
            SELECT $chat, $date, 'claimed', $until
            WHERE EXISTS (SELECT 1 FROM subscriptions
                          WHERE chat_id = $chat AND (last_sent_local_date IS NULL OR last_sent_local_date < $date))
            ON CONFLICT (chat_id, local_date) DO UPDATE SET status = 'claimed', available_at_ms = excluded.available_at_ms
            WHERE deliveries.status <> 'sent' AND deliveries.available_at_ms <= $now;
            """,
            [("$chat", chatId), ("$date", FormatDate(localDate)), ("$until", (now + lease).ToUnixTimeMilliseconds()), ("$now", now.ToUnixTimeMilliseconds())],
            cancellationToken);
        return claimed > 0;
    }

    public async Task MarkSentAsync(long chatId, DateOnly localDate, DigestHistory memory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var date = FormatDate(localDate);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);

        // max() keeps a late MarkSent for an older day from moving the last sent date backwards.
        var updated = await ExecuteAsync(
            connection,
            transaction,
            """
            UPDATE subscriptions
            SET last_sent_local_date = max(COALESCE(last_sent_local_date, $date), $date),
                seen_fact_ids = $seen, last_stat_fact_id = $stat, digests_sent = $count
            WHERE chat_id = $chat;
            """,
            [("$chat", chatId), ("$date", date), ("$seen", FormatSeen(memory.SeenFactIds)), ("$stat", memory.LastStatFactId), ("$count", memory.DigestsSent)],
            cancellationToken);
        if (updated == 0)
        {
            return; // Unsubscribed while the digest was in flight: nothing left to record against.
        }

        await ExecuteAsync(
            connection,
            transaction,
            """
            INSERT INTO deliveries (chat_id, local_date, status, sent_at_ms) VALUES ($chat, $date, 'sent', $now)
            ON CONFLICT (chat_id, local_date) DO UPDATE SET status = 'sent', available_at_ms = NULL, sent_at_ms = excluded.sent_at_ms;
            """,
            [("$chat", chatId), ("$date", date), ("$now", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ReleaseClaimAsync(long chatId, DateOnly localDate, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // Only a claim can be released: a sent day stays sent whatever a slow caller reports afterwards.
        await ExecuteAsync(
            connection,
            null,
            """
            UPDATE deliveries SET status = 'released', available_at_ms = $retry
            WHERE chat_id = $chat AND local_date = $date AND status = 'claimed';
            """,
            [("$chat", chatId), ("$date", FormatDate(localDate)), ("$retry", retryAt.ToUnixTimeMilliseconds())],
            cancellationToken);
    }

    public async Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        if (oldChatId == newChatId)
        {
            return;
        }

        (string, object?)[] ids = [("$old", oldChatId), ("$new", newChatId)];
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);

        // OR IGNORE keeps the new id's own record where both have one for the same day; the old duplicates then go.
        await ExecuteAsync(connection, transaction, "UPDATE OR IGNORE deliveries SET chat_id = $new WHERE chat_id = $old;", ids, cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM deliveries WHERE chat_id = $old;", ids, cancellationToken);

        // A subscription already under the new id is the newer wish and wins, but it must not get a second digest for a day
        // the old id already received.
        await ExecuteAsync(
            connection,
            transaction,
            """
            UPDATE subscriptions AS n SET last_sent_local_date = o.last_sent_local_date
            FROM subscriptions AS o
            WHERE n.chat_id = $new AND o.chat_id = $old AND o.last_sent_local_date IS NOT NULL
              AND (n.last_sent_local_date IS NULL OR n.last_sent_local_date < o.last_sent_local_date);
            """,
            ids,
            cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE OR IGNORE subscriptions SET chat_id = $new WHERE chat_id = $old;", ids, cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM subscriptions WHERE chat_id = $old;", ids, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Pooled connections keep the file and its -wal open; let them go when the host stops or a test deletes the folder.
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await SubscriptionDatabase.OpenAsync(_connectionString, cancellationToken);
    }
}
