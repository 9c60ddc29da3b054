using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KrBot.Telegram;

/// <summary>
/// Checks what data annotations cannot: the token's shape and the base URL. Messages name the key and never
/// repeat the token, so a bad setting can be reported safely.
/// </summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (!options.HasToken)
            failures.Add("Telegram:BotToken is empty: set it (environment variable Telegram__BotToken) to the token BotFather gave you.");
        else if (!TokenShape().IsMatch(options.BotToken.Trim()))
            failures.Add("Telegram:BotToken does not look like a bot token: it must be at least 3 digits, a colon, then at least 10 letters, digits, _ or - (as BotFather gives it, e.g. 123456789:AAH...).");

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            failures.Add($"Telegram:ApiBaseUrl must be an absolute http(s) address, not “{options.ApiBaseUrl}”.");

        if (!options.IsWebhook && !string.Equals(options.Mode.Trim(), TelegramOptions.Polling, StringComparison.OrdinalIgnoreCase))
            failures.Add($"Telegram:Mode must be {TelegramOptions.Polling} or {TelegramOptions.Webhook}, not “{options.Mode}”.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\d{3,}:[A-Za-z0-9_-]{10,}$")]
    private static partial Regex TokenShape();
}
