using System.Collections.Concurrent;
using KrBot.Core.Languages;
using KrBot.Storage;
using static KrBot.Storage.SqliteCommands;

namespace KrBot.Languages;

/// <summary>
/// <see cref="IChatLanguageStore"/> in the bot's SQLite file (table chat_settings, schema version 5). Every message
/// needs its chat's language, so what was read is kept for a minute: a burst of questions costs one read per chat,
/// not one per question. This store's own changes apply at once; one made by another process sharing the file
/// within that minute.
/// </summary>
internal sealed class SqliteChatLanguageStore(SqliteDatabase database, TimeProvider timeProvider) : IChatLanguageStore
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private const int MaxRemembered = 100_000;
    private readonly ConcurrentDictionary<long, (LanguagePreference Preference, DateTimeOffset ReadAt)> _recent = new();

    public async Task<LanguagePreference> GetAsync(long chatId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_recent.TryGetValue(chatId, out var known) && now - known.ReadAt < KeepFor) return known.Preference;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, "SELECT language FROM chat_settings WHERE chat_id = $chat;", [("$chat", chatId)]);
        // A value this build does not know (written by a newer one) reads as the default rather than failing every question.
        var preference = LanguagePreferences.Parse(await command.ExecuteScalarAsync(cancellationToken) as string) ?? LanguagePreference.Auto;
        Remember(chatId, preference);
        return preference;
    }

    private void Remember(long chatId, LanguagePreference preference)
    {
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
            INSERT INTO chat_settings (chat_id, language, updated_at_ms) VALUES ($chat, $language, $now)
            ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, updated_at_ms = excluded.updated_at_ms;
            """,
            [("$chat", chatId), ("$language", preference.Code()), ("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds())],
            cancellationToken);
        Remember(chatId, preference);
    }

    public async Task RemoveAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM chat_settings WHERE chat_id = $chat;", [("$chat", chatId)], cancellationToken);
        Remember(chatId, LanguagePreference.Auto);
    }

    public async Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        if (oldChatId == newChatId) return;
        (string, object?)[] ids = [("$old", oldChatId), ("$new", newChatId)];
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE OR IGNORE chat_settings SET chat_id = $new WHERE chat_id = $old;", ids, cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM chat_settings WHERE chat_id = $old;", ids, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _recent.TryRemove(oldChatId, out _);
        _recent.TryRemove(newChatId, out _);
    }
}
