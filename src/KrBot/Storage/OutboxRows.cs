using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using KrBot.Core.Charts;
using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Storage;

/// <summary>How an <see cref="OutgoingMessage"/> is written to the outbox table and read back; used by every store that queues messages.</summary>
internal static class OutboxRows
{
    public const string Columns = "id, chat_id, html, plain_text, keyboard, reply_to_message_id, deadline_ms, digest_local_date, created_at_ms, chart";

    private static readonly JsonSerializerOptions ChartJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Inserts the messages inside the caller's transaction, and tells the sender at commit where the dialect can;
    /// returns them with their ids, in order.
    /// </summary>
    public static async Task<IReadOnlyList<OutgoingMessage>> InsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        SqlDialect dialect,
        IReadOnlyList<OutgoingMessage> messages,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return [];
        if (dialect.NotifyOutbox.Length > 0) await DbCommands.ExecuteAsync(connection, transaction, dialect.NotifyOutbox, [], cancellationToken);
        await using var command = DbCommands.CreateCommand(
            connection,
            transaction,
            """
            INSERT INTO outbox (chat_id, html, plain_text, keyboard, reply_to_message_id, created_at_ms, deadline_ms, digest_local_date, chart)
            VALUES (@chat, @html, @plain, @keyboard, @reply, @created, @deadline, @digest, @chart) RETURNING id;
            """,
            [("@chat", 0L), ("@html", ""), ("@plain", ""), ("@keyboard", null), ("@reply", null), ("@created", 0L), ("@deadline", 0L), ("@digest", null), ("@chart", null)]);
        var stored = new List<OutgoingMessage>(messages.Count);
        foreach (var message in messages)
        {
            var deadline = message.Deadline ?? throw new ArgumentException("A stored message needs a deadline.", nameof(messages));
            var created = message.CreatedAt ?? now;
            DbCommands.Set(command, "@chat", message.ChatId);
            DbCommands.Set(command, "@html", message.Html);
            DbCommands.Set(command, "@plain", message.PlainText);
            DbCommands.Set(command, "@keyboard", message.Keyboard is { } keyboard ? JsonSerializer.Serialize(keyboard, JsonBotAPI.Options) : null);
            DbCommands.Set(command, "@reply", message.ReplyToMessageId);
            DbCommands.Set(command, "@created", created.ToUnixTimeMilliseconds());
            DbCommands.Set(command, "@deadline", deadline.ToUnixTimeMilliseconds());
            DbCommands.Set(command, "@digest", message.DigestDate is { } date ? SubscriptionRows.FormatDate(date) : null);
            DbCommands.Set(command, "@chart", message.Chart is { } chart ? JsonSerializer.Serialize(chart, ChartJson) : null);
            var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            stored.Add(message with { OutboxId = id, CreatedAt = created });
        }

        return stored;
    }

    /// <summary>Reads a row selected as <see cref="Columns"/>.</summary>
    public static OutgoingMessage Read(DbDataReader reader) => new(
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : JsonSerializer.Deserialize<InlineKeyboardMarkup>(reader.GetString(4), JsonBotAPI.Options),
        reader.IsDBNull(5) ? null : reader.GetInt32(5))
    {
        OutboxId = reader.GetInt64(0),
        Deadline = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        DigestDate = reader.IsDBNull(7) ? null : SubscriptionRows.ParseDate(reader.GetString(7)),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
        Chart = reader.IsDBNull(9) ? null : JsonSerializer.Deserialize<ChartSpec>(reader.GetString(9), ChartJson),
    };
}
