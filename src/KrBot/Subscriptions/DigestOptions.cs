namespace KrBot.Subscriptions;

/// <summary>The "Digest" section: what /subscribe uses when the chat does not say.</summary>
internal sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>24-hour local time, HH:MM.</summary>
    public string DefaultTime { get; set; } = "09:00";

    /// <summary>An IANA time zone name.</summary>
    public string DefaultTimeZone { get; set; } = "Asia/Shanghai";

    public TimeOnly Time => DigestTime.TryParseTime(DefaultTime, out var time) ? time : new TimeOnly(9, 0);
}
