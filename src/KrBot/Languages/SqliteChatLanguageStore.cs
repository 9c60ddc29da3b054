using KrBot.Core.Languages;
using KrBot.Storage;
using static KrBot.Storage.SqliteCommands;

namespace KrBot.Languages;

/// <summary><see cref="IChatLanguageStore"/> in the bot's SQLite file (table chat_settings, schema version 4).</summary>
internal sealed class SqliteChatLanguageStore(SqliteDatabase database, TimeProvider timeProvider) : IChatLanguageStore
{
    public async Task<LanguagePreference> GetAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, "SELECT language FROM chat_settings WHERE chat_id = $chat;", [("$chat", chatId)]);
        // A value this build does not know (written by a newer one) reads as the default rather than failing every question.
        return LanguagePreferences.Parse(await command.ExecuteScalarAsync(cancellationToken) as string) ?? LanguagePreference.Auto;
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
    }

    public async Task RemoveAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM chat_settings WHERE chat_id = $chat;", [("$chat", chatId)], cancellationToken);
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
    }
}
