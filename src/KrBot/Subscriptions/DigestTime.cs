using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KrBot.Subscriptions;

/// <summary>
/// Reads the arguments of <c>/subscribe</c>: an optional 24-hour time and an optional IANA time zone, in either order.
/// Errors are sentences for the user, each with an example of what works.
/// </summary>
internal static class DigestTime
{
    private const string Example = "/subscribe 08:30 Europe/Berlin";

    // Exact lookups are case-sensitive on Linux (they are file paths), so "asia/shanghai" needs this second chance.
    private static readonly Lazy<FrozenDictionary<string, string>> ZonesIgnoringCase = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Where(zone => zone.HasIanaId)
            .DistinctBy(zone => zone.Id, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(zone => zone.Id, zone => zone.Id, StringComparer.OrdinalIgnoreCase));

    public static bool TryParse(
        string? args,
        TimeOnly defaultTime,
        string defaultZone,
        out TimeOnly time,
        out string zoneId,
        out string error)
    {
        time = defaultTime;
        zoneId = defaultZone;
        error = string.Empty;
        TimeOnly? givenTime = null;
        string? givenZone = null;

        var tokens = (args ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > 2)
        {
            error = $"Give at most a time and a time zone, for example {Example}.";
            return false;
        }

        foreach (var token in tokens)
        {
            // Zone names never start with a digit or hold a colon, so such a token is meant as a time.
            if (char.IsAsciiDigit(token[0]) || token.Contains(':', StringComparison.Ordinal) || token.Contains('：', StringComparison.Ordinal))
            {
                if (givenTime is not null || !TryParseTime(token, out var parsed))
                {
                    error = givenTime is null
                        ? $"“{token}” is not a time. Use 24-hour HH:MM, for example {Example}."
                        : $"Give one time, not two, for example {Example}.";
                    return false;
                }

                givenTime = parsed;
            }
            else
            {
                if (givenZone is not null || !TryNormalizeZone(token, out var normalized))
                {
                    error = givenZone is null
                        ? $"“{token}” is not a time zone I know. Use an IANA name such as Asia/Shanghai or Europe/Berlin."
                        : $"Give one time zone, not two, for example {Example}.";
                    return false;
                }

                givenZone = normalized;
            }
        }

        time = givenTime ?? defaultTime;
        zoneId = givenZone ?? defaultZone;
        return true;
    }

    /// <summary>24-hour H:MM or HH:MM; a full-width colon (as Chinese keyboards type it) counts as a colon.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        time = default;
        var normalized = text?.Trim().Replace('：', ':');
        return normalized is { Length: 4 or 5 }
            && normalized.IndexOf(':', StringComparison.Ordinal) == normalized.Length - 3
            && TimeOnly.TryParseExact(normalized, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    /// <summary>The canonical id of an IANA zone (or UTC) this machine knows, matched ignoring case.</summary>
    public static bool TryNormalizeZone(string? text, [NotNullWhen(true)] out string? zoneId)
    {
        zoneId = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        // HasIanaId rejects Windows names, which .NET would otherwise translate; we store IANA ids only.
        if (TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var zone) && zone.HasIanaId)
        {
            zoneId = zone.Id;
            return true;
        }

        return ZonesIgnoringCase.Value.TryGetValue(trimmed, out zoneId);
    }

    /// <summary>How a time reads back to the user: 24-hour HH:MM.</summary>
    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
