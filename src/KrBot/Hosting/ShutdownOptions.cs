using System.ComponentModel.DataAnnotations;

namespace KrBot.Hosting;

/// <summary>The "Hosting" section: how long a stopping bot (SIGTERM, Ctrl+C) keeps delivering what it owes.</summary>
internal sealed class ShutdownOptions
{
    public const string Section = "Hosting";

    /// <summary>
    /// 7 s, plus up to 2 s to record what was delivered, fits inside `docker stop`'s 10 s grace before SIGKILL.
    /// Messages not delivered by then stay in the outbox and go out after the next start.
    /// </summary>
    [Range(1, 3600)]
    public int ShutdownTimeoutSeconds { get; set; } = 7;
}
