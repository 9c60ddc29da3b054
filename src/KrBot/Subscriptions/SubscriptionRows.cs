using System.Globalization;
using System.Text.Json;
using KrBot.Core.Digests;
using System.Data.Common;

namespace KrBot.Subscriptions;

/// <summary>How subscriptions and local dates are written in the bot's database, and read back.</summary>
internal static class SubscriptionRows
{
    // A constant spliced into SELECT and RETURNING lists; values always travel as parameters.
    public const string Columns =
        "chat_id, local_time, time_zone_id, created_at_ms, last_sent_local_date, seen_fact_ids, last_stat_fact_id, digests_sent";

    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm:ss";

    /// <summary>Reads a row selected as <see cref="Columns"/>.</summary>
    public static Subscription ReadSubscription(DbDataReader reader) => new(
        reader.GetInt64(0),
        TimeOnly.ParseExact(reader.GetString(1), TimeFormat, CultureInfo.InvariantCulture),
        reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.IsDBNull(4) ? null : ParseDate(reader.GetString(4)),
        new DigestHistory(
            JsonSerializer.Deserialize<string[]>(reader.GetString(5)) ?? [],
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.GetInt32(7)));

    public static string FormatSeen(IReadOnlyList<string> seenFactIds) => JsonSerializer.Serialize(seenFactIds);

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    // Whole seconds: users give HH:MM, and a stored value must read back equal.
    public static string FormatTime(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
