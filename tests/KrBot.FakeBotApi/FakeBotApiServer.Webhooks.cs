using System.Net.Http.Headers;
using System.Text;

namespace KrBot.FakeBotApi;

// Delivering updates to a bot's webhook, as Telegram does: a POST with the secret token, repeated when the answer is not 2xx.
public sealed partial class FakeBotApiServer
{
    private static readonly HttpClient WebhookClient = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The webhook the bot set with setWebhook; null when none is set (polling).</summary>
    public WebhookInfo? Webhook => _state.Webhook.Current;

    /// <summary>
    /// POSTs the update <paramref name="updateId"/> (queued earlier, e.g. by <see cref="EnqueueMessage"/>) to
    /// <paramref name="url"/> on this machine, with <paramref name="secretToken"/> (by default the one the bot gave
    /// setWebhook) in X-Telegram-Bot-Api-Secret-Token. Like Telegram, it tries again after <paramref name="retryDelay"/>
    /// (doubling) while the answer is not 2xx or there is none, up to <paramref name="attempts"/> tries.
    /// </summary>
    /// <returns>The status of each try, 0 where no answer came (refused connection, reset, timeout).</returns>
    public async Task<IReadOnlyList<int>> PostUpdateAsync(
        long updateId,
        Uri url,
        string? secretToken = null,
        int attempts = 1,
        TimeSpan? retryDelay = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempts);

        // Tests must never send traffic off this machine.
        if (!url.IsLoopback) throw new ArgumentException("The fake posts only to loopback addresses.", nameof(url));
        var json = _state.Updates.JsonOf(updateId) ?? throw new ArgumentException($"No update {updateId} was queued.", nameof(updateId));
        secretToken ??= Webhook?.SecretToken;
        var statuses = new List<int>();
        var delay = retryDelay ?? TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var status = await PostOnceAsync(url, json, secretToken, cancellationToken);
            statuses.Add(status);
            if (status is >= 200 and < 300) break;
            if (attempt < attempts) await Task.Delay(delay * (1 << Math.Min(attempt - 1, 6)), cancellationToken);
        }

        return statuses;
    }

    private static async Task<int> PostOnceAsync(Uri url, string json, string? secretToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secretToken is not null) request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", secretToken);
        try
        {
            using var response = await WebhookClient.SendAsync(request, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0; // timed out
        }
    }
}
