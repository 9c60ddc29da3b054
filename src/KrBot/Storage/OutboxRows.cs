using System.Text.Json;
using System.Text.Json.Serialization;
using KrBot.Core.Charts;
using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using Microsoft.Data.Sqlite;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Storage;

/// <summary>How an <see cref="OutgoingMessage"/> is written to the outbox table and read back; used by every store that queues messages.</summary>
internal static class OutboxRows
{
    public const string Columns = "id, chat_id, html, plain_text, keyboard, reply_to_message_id, deadline_ms, digest_local_date, chart";

    private static readonly JsonSerializerOptions ChartJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter() } };

    /// <summary>Inserts the messages inside the caller's transaction; returns them with their ids, in order.</summary>
    public static async Task<IReadOnlyList<OutgoingMessage>> InsertAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyList<OutgoingMessage> messages,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return [];
        await using var command = SqliteCommands.CreateCommand(
            connection,
            transaction,
            """
            INSERT INTO outbox (chat_id, html, plain_text, keyboard, reply_to_message_id, created_at_ms, deadline_ms, digest_local_date, chart)
            VALUES ($chat, $html, $plain, $keyboard, $reply, $now, $deadline, $digest, $chart) RETURNING id;
            """,
            [("$chat", 0L), ("$html", ""), ("$plain", ""), ("$keyboard", null), ("$reply", null), ("$now", now.ToUnixTimeMilliseconds()), ("$deadline", 0L), ("$digest", null), ("$chart", null)]);
        var stored = new List<OutgoingMessage>(messages.Count);
        foreach (var message in messages)
        {
            var deadline = message.Deadline ?? throw new ArgumentException("A stored message needs a deadline.", nameof(messages));
            command.Parameters["$chat"].Value = message.ChatId;
            command.Parameters["$html"].Value = message.Html;
            command.Parameters["$plain"].Value = message.PlainText;
            command.Parameters["$keyboard"].Value = message.Keyboard is { } keyboard ? JsonSerializer.Serialize(keyboard, JsonBotAPI.Options) : DBNull.Value;
            command.Parameters["$reply"].Value = message.ReplyToMessageId is { } reply ? reply : DBNull.Value;
            command.Parameters["$deadline"].Value = deadline.ToUnixTimeMilliseconds();
            command.Parameters["$digest"].Value = message.DigestDate is { } date ? SubscriptionRows.FormatDate(date) : DBNull.Value;
            command.Parameters["$chart"].Value = message.Chart is { } chart ? JsonSerializer.Serialize(chart, ChartJson) : DBNull.Value;
            var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            stored.Add(message with { OutboxId = id });
        }

        return stored;
    }

    /// <summary>Reads a row selected as <see cref="Columns"/>.</summary>
    public static OutgoingMessage Read(SqliteDataReader reader) => new(
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : JsonSerializer.Deserialize<InlineKeyboardMarkup>(reader.GetString(4), JsonBotAPI.Options),
        reader.IsDBNull(5) ? null : reader.GetInt32(5))
    {
        OutboxId = reader.GetInt64(0),
        Deadline = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        DigestDate = reader.IsDBNull(7) ? null : SubscriptionRows.ParseDate(reader.GetString(7)),
        Chart = reader.IsDBNull(8) ? null : JsonSerializer.Deserialize<ChartSpec>(reader.GetString(8), ChartJson),
    };
}
