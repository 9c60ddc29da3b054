using System.ComponentModel.DataAnnotations;

namespace KrBot.Telegram.Receiving;

/// <summary>The "Telegram:Webhook" section, used when Telegram:Mode is webhook. <see cref="SecretToken"/> is a secret: never logged.</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Telegram:Webhook";

    /// <summary>
    /// The public HTTPS address Telegram posts updates to (the reverse proxy's), given to setWebhook. Its path is also
    /// where each replica listens, so the proxy passes the path through unchanged.
    /// </summary>
    public string Url { get; set; } = "";

    /// <summary>Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token with every update: 1 to 256 of A-Z a-z 0-9 _ -.</summary>
    public string SecretToken { get; set; } = "";

    /// <summary>Bodies larger than this are refused (413) unread; Telegram's updates are a few kilobytes.</summary>
    [Range(1, 10_240)]
    public int MaxBodyKilobytes { get; set; } = 256;

    /// <summary>setWebhook's max_connections: how many requests Telegram keeps open to the proxy at once.</summary>
    [Range(1, 100)]
    public int MaxConnections { get; set; } = 40;

    /// <summary>The path of <see cref="Url"/>, where the webhook endpoint listens.</summary>
    public string Path => Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
}
