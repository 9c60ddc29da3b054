using System.Net;
using System.Text;
using KrBot.FakeBotApi;

namespace KrBot.Tests.EndToEnd;

/// <summary>Webhook mode end to end: setWebhook at start, the secret token, the body cap, Telegram's retries, and back to polling.</summary>
public sealed class WebhookTests
{
    private const string Secret = "s3cret_token-of-the-test";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Start_SetsTheWebhookWithItsSecretAndTheUpdateKindsItHandles()
    {
        await using var bot = await StartAsync();

        await bot.Api.WaitUntilAsync(() => bot.Api.Webhook is not null, Wait, "setWebhook");

        var webhook = bot.Api.Webhook!;
        Assert.Equal("https://bot.example.test/telegram/webhook", webhook.Url);
        Assert.Equal(Secret, webhook.SecretToken);
        Assert.Equal(["message", "callback_query", "my_chat_member", "inline_query"], webhook.AllowedUpdates);
        Assert.Equal(40, webhook.MaxConnections);
        Assert.DoesNotContain(bot.Api.Requests, r => r.Method == "getUpdates");
        bot.DeleteFolder();
    }

    [Fact]
    public async Task TokenInTheWebhookPath_IsNotLogged()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await StartAsync(s => s["Telegram:Webhook:Url"] = $"https://bot.example.test/{api.Token}/hook", api);

        await api.WaitUntilAsync(() => api.Webhook is not null, Wait, "setWebhook");

        Assert.Equal($"https://bot.example.test/{api.Token}/hook", api.Webhook!.Url);
        // The bot logs the URL once Telegram has answered, a moment after the fake saw the request.
        await api.WaitUntilAsync(
            () => bot.Logs.GetSnapshot().Any(r => r.Message.Contains("https://bot.example.test/<token>/hook", StringComparison.Ordinal)), Wait, "the webhook URL logged");
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), r => r.Message.Contains(api.Token, StringComparison.Ordinal));
        bot.DeleteFolder();
    }

    [Fact]
    public async Task Update_IsAnsweredOnce_AlsoWhenTelegramSendsItAgain()
    {
        await using var bot = await StartAsync();
        await bot.Api.WaitUntilAsync(() => bot.Api.Webhook is not null, Wait, "setWebhook");
        var id = bot.Api.EnqueueMessage(701, "/dingtalk");

        Assert.Equal([200], await bot.Api.PostUpdateAsync(id, Endpoint(bot), attempts: 3));
        Assert.Equal([200], await bot.Api.PostUpdateAsync(id, Endpoint(bot))); // Telegram's retry after a late answer

        Assert.Contains("300 million", Assert.Single(await bot.Api.WaitForSentMessagesAsync(1, Wait)).Text);
        await Task.Delay(500);
        Assert.Single(bot.Api.SentMessages);
        bot.DeleteFolder();
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("")]
    public async Task WrongOrMissingSecret_Gets401AndNoAnswer(string secret)
    {
        await using var bot = await StartAsync();
        var id = bot.Api.EnqueueMessage(702, "/dingtalk");

        Assert.Equal([401], await bot.Api.PostUpdateAsync(id, Endpoint(bot), secretToken: secret));

        await Task.Delay(500);
        Assert.Empty(bot.Api.SentMessages);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Message.Contains("wrong secret", StringComparison.Ordinal) && !r.Message.Contains(Secret, StringComparison.Ordinal));
        bot.DeleteFolder();
    }

    [Fact]
    public async Task BodyOverTheCap_Gets413Unread()
    {
        await using var bot = await StartAsync(s => s["Telegram:Webhook:MaxBodyKilobytes"] = "1");
        await bot.Api.WaitUntilAsync(() => bot.Api.Webhook is not null, Wait, "setWebhook");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint(bot))
        {
            Content = new StringContent($"{{\"update_id\":1,\"padding\":\"{new string('x', 2048)}\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task HealthReadinessAndMetrics_AreServedBesideTheWebhook()
    {
        await using var bot = await StartAsync();
        await bot.Api.WaitUntilAsync(() => bot.Api.Webhook is not null, Wait, "setWebhook");
        var id = bot.Api.EnqueueMessage(703, "How many users does DingTalk have?");
        await bot.Api.PostUpdateAsync(id, Endpoint(bot));
        await bot.Api.WaitForSentMessagesAsync(1, Wait);
        using var http = new HttpClient { BaseAddress = bot.Address };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var ready = await http.GetAsync("/readyz");
        var readiness = await ready.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"store\"", readiness, StringComparison.Ordinal);
        Assert.Contains("\"telegram\"", readiness, StringComparison.Ordinal);
        Assert.Contains("\"facts\"", readiness, StringComparison.Ordinal);

        var metrics = await http.GetStringAsync("/metrics");
        Assert.Contains("krbot_updates_received", metrics, StringComparison.Ordinal);
        Assert.Contains("intent=\"Metric\"", metrics, StringComparison.Ordinal);
        Assert.Contains("krbot_answer_latency_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("krbot_outbox_depth", metrics, StringComparison.Ordinal);
        Assert.Contains("result=\"ok\"", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Api.Token, metrics, StringComparison.Ordinal);
        bot.DeleteFolder();
    }

    [Fact]
    public async Task BackToPolling_DeletesTheWebhookAndAnswersWhatWaited()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using (var webhook = await StartAsync(api: api))
        {
            await api.WaitUntilAsync(() => api.Webhook is not null, Wait, "setWebhook");
        }

        api.EnqueueMessage(704, "/dingtalk");
        await using var polling = await RunningBot.StartAsync(api: api);

        Assert.Contains("300 million", Assert.Single(await api.WaitForSentMessagesAsync(1, Wait)).Text);
        Assert.Null(api.Webhook);
        Assert.Contains(api.Requests, r => r.Method == "deleteWebhook");
        polling.DeleteFolder();
    }

    [Fact]
    public async Task PollingWithAHealthListener_ServesReadiness()
    {
        await using var bot = await RunningBot.StartAsync(s => s["Hosting:HealthUrls"] = "http://127.0.0.1:0");
        await bot.Api.WaitForRequestAsync("getUpdates", Wait);
        using var http = new HttpClient { BaseAddress = bot.Address };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/telegram/webhook", new StringContent("{}"))).StatusCode);
        bot.DeleteFolder();
    }

    private static Uri Endpoint(RunningBot bot) => new(bot.Address!, "/telegram/webhook");

    private static Task<RunningBot> StartAsync(Action<Dictionary<string, string?>>? configure = null, FakeBotApiServer? api = null) =>
        RunningBot.StartAsync(
            settings =>
            {
                settings["Telegram:Mode"] = "webhook";
                settings["Telegram:Webhook:Url"] = "https://bot.example.test/telegram/webhook";
                settings["Telegram:Webhook:SecretToken"] = Secret;
                configure?.Invoke(settings);
            },
            api: api);
}
