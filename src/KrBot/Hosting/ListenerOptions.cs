namespace KrBot.Hosting;

/// <summary>The "Hosting" section's listener: /healthz, /readyz and /metrics in polling mode.</summary>
internal sealed class ListenerOptions
{
    public const string Section = "Hosting";

    /// <summary>
    /// Polling mode: where to serve health and metrics, e.g. http://0.0.0.0:8080; empty (the default) serves nothing.
    /// In webhook mode they are served beside the webhook, on the ASP.NET Core listening URLs (Urls / ASPNETCORE_URLS).
    /// </summary>
    public string HealthUrls { get; set; } = "";
}
