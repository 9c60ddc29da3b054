using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>The webhook a bot set (setWebhook), as Telegram keeps it: while one is set, getUpdates is refused with 409.</summary>
/// <param name="Url">The URL the bot gave; the fake never posts to it by itself (tests name where to post).</param>
/// <param name="SecretToken">What Telegram would send in X-Telegram-Bot-Api-Secret-Token; null when none was given.</param>
/// <param name="AllowedUpdates">The update kinds asked for; empty when none were named.</param>
/// <param name="MaxConnections">max_connections, or null.</param>
public sealed record WebhookInfo(string Url, string? SecretToken, IReadOnlyList<string> AllowedUpdates, int? MaxConnections);

/// <summary>setWebhook, deleteWebhook and getWebhookInfo.</summary>
internal sealed class WebhookState(ChangeSignal changed)
{
    private readonly Lock _gate = new();
    private WebhookInfo? _current;

    public WebhookInfo? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public BotApiResult Set(BotApiArguments args)
    {
        var url = args.GetString("url") ?? "";
        if (url.Length == 0) return Delete(args);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return BotApiResult.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = args.GetString("secret_token");
        if (secret is not null && (secret.Length is 0 or > 256 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            return BotApiResult.BadRequest("secret token contains unallowed characters");
        }

        var allowed = (args.GetJson("allowed_updates") as JsonArray)?.Select(BotApiArguments.AsString).OfType<string>().ToList() ?? [];
        lock (_gate)
        {
            _current = new WebhookInfo(url, secret, allowed, args.GetInt("max_connections"));
        }

        changed.Pulse();
        return BotApiResult.True();
    }

    public BotApiResult Delete(BotApiArguments args)
    {
        lock (_gate)
        {
            _current = null;
        }

        changed.Pulse();
        return BotApiResult.True();
    }

    public BotApiResult Info(BotApiArguments args)
    {
        var current = Current;
        return BotApiResult.Ok(new JsonObject
        {
            ["url"] = current?.Url ?? "",
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = 0,
            ["max_connections"] = current?.MaxConnections,
            ["allowed_updates"] = current is null ? null : new JsonArray([.. current.AllowedUpdates.Select(kind => (JsonNode)JsonValue.Create(kind))]),
        });
    }
}
