using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KrBot.Telegram.Receiving;

/// <summary>The webhook's address and secret, checked only in webhook mode. Messages never repeat the secret.</summary>
internal sealed partial class WebhookOptionsValidator(IOptions<TelegramOptions> telegram) : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options) => Check(telegram.Value, options);

    public static ValidateOptionsResult Check(TelegramOptions telegram, WebhookOptions options)
    {
        if (!telegram.IsWebhook) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            failures.Add($"Telegram:Webhook:Url must be the public https address Telegram posts updates to (e.g. https://bot.example.com/telegram/webhook), not “{options.Url}”.");

        if (!SecretShape().IsMatch(options.SecretToken))
            failures.Add("Telegram:Webhook:SecretToken must be 1 to 256 characters, each a letter, a digit, _ or - (set it with the environment variable Telegram__Webhook__SecretToken).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
