using KrBot.Core.Digests;

namespace KrBot.Subscriptions;

/// <summary>
/// A chat's digest subscription: one digest each local day at <paramref name="LocalTime"/> in the IANA zone
/// <paramref name="TimeZoneId"/>. <paramref name="LastSentLocalDate"/> is the latest local date delivered.
/// </summary>
internal sealed record Subscription(
    long ChatId,
    TimeOnly LocalTime,
    string TimeZoneId,
    DateTimeOffset CreatedAt,
    DateOnly? LastSentLocalDate,
    DigestHistory Memory);
