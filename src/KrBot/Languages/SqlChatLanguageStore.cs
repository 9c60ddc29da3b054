using System.Collections.Concurrent;
using KrBot.Core.Languages;
using KrBot.Storage;
using static KrBot.Storage.DbCommands;

namespace KrBot.Languages;

/// <summary>
/// <see cref="IChatLanguageStore"/> on the bot's database, SQLite or PostgreSQL (table chat_settings). Every message
/// needs its chat's language. On a SQLite file, which one process owns, what was read is kept for a minute: a burst
/// of questions costs one read per chat, not one per question. With a shared database another replica may answer
/// the next question right after /lang was changed here, so every question reads the row (a primary-key lookup).
/// </summary>
internal sealed class SqlChatLanguageStore(IBotDatabase database, TimeProvider timeProvider) : IChatLanguageStore
{
    private const int MaxRemembered = 100_000;
    private readonly TimeSpan _keepFor = database.Dialect == SqlDialect.Sqlite ? TimeSpan.FromMinutes(1) : TimeSpan.Zero;
    private readonly ConcurrentDictionary<long, (LanguagePreference Preference, DateTimeOffset ReadAt)> _recent = new();

    public async Task<LanguagePreference> GetAsync(long chatId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_recent.TryGetValue(chatId, out var known) && now - known.ReadAt < _keepFor) return known.Preference;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, "SELECT language FROM chat_settings WHERE chat_id = @chat;", [("@chat", chatId)]);
        // A value this build does not know (written by a newer one) reads as the default rather than failing every question.
        var preference = LanguagePreferences.Parse(await command.ExecuteScalarAsync(cancellationToken) as string) ?? LanguagePreference.Auto;
        Remember(chatId, preference);
        return preference;
    }

    private void Remember(long chatId, LanguagePreference preference)
    {
        if (_keepFor == TimeSpan.Zero) return;
        if (_recent.Count >= MaxRemembered) _recent.Clear(); // a rare full reset keeps it bounded without bookkeeping
        _recent[chatId] = (preference, timeProvider.GetUtcNow());
    }

    public async Task SetAsync(long chatId, LanguagePreference preference, CancellationToken cancellationToken)
    {
        if (preference == LanguagePreference.Auto)
        {
            await RemoveAsync(chatId, cancellationToken);
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            """
            INSERT INTO chat_settings (chat_id, language, updated_at_ms) VALUES (@chat, @language, @now)
            ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, updated_at_ms = excluded.updated_at_ms;
            """,
            [("@chat", chatId), ("@language", preference.Code()), ("@now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds())],
            cancellationToken);
        Remember(chatId, preference);
    }

    public async Task RemoveAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM chat_settings WHERE chat_id = @chat;", [("@chat", chatId)], cancellationToken);
        Remember(chatId, LanguagePreference.Auto);
    }

    public async Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        if (oldChatId == newChatId) return;
        (string, object?)[] ids = [("@old", oldChatId), ("@new", newChatId)];
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A setting already made under the new id is the newer wish and stays.
        await ExecuteAsync(
            connection,
            transaction,
            """
            INSERT INTO chat_settings (chat_id, language, updated_at_ms)
            SELECT @new, language, updated_at_ms FROM chat_settings WHERE chat_id = @old
            ON CONFLICT (chat_id) DO NOTHING;
            """,
            ids,
            cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM chat_settings WHERE chat_id = @old;", ids, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _recent.TryRemove(oldChatId, out _);
        _recent.TryRemove(newChatId, out _);
    }
}
