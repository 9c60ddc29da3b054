using System.ComponentModel.DataAnnotations;

namespace KrBot.Telegram;

/// <summary>The "Telegram" section. <see cref="BotToken"/> is a secret: it is never logged or echoed back.</summary>
internal sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public const string Polling = "polling";
    public const string Webhook = "webhook";

    /// <summary>polling (getUpdates, one process per token) or webhook (Telegram POSTs to Telegram:Webhook:Url; any number of replicas).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Mode { get; set; } = Polling;

    /// <summary>From BotFather. Empty means "no Telegram": the program opens the terminal chat instead.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Only scheme, host and port are used; tests and emulators point it at 127.0.0.1.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Long-poll timeout of getUpdates; 0 is short polling, for tests only.</summary>
    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Longer questions get a polite refusal instead of an answer.</summary>
    [Range(20, 4096)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>Flood control: more than this many messages from one user within <see cref="FloodWindowSeconds"/>...</summary>
    [Range(1, 1000)]
    public int FloodMaxMessages { get; set; } = 8;

    [Range(1, 3600)]
    public int FloodWindowSeconds { get; set; } = 10;

    public bool IsWebhook => string.Equals(Mode.Trim(), Webhook, StringComparison.OrdinalIgnoreCase);

    public bool HasToken => !string.IsNullOrWhiteSpace(BotToken);
}
