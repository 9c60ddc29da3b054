using System.Text.Json;
using KrBot.Operations;
using KrBot.Telegram;
using KrBot.Telegram.Receiving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Prometheus;

namespace KrBot.Hosting;

/// <summary>
/// The bot as an ASP.NET Core app: in webhook mode (the webhook endpoint on the listening URLs, Urls /
/// ASPNETCORE_URLS), and in polling mode when Hosting:HealthUrls asks for a listener. Both serve /healthz (the
/// process is alive), /readyz (store, Telegram and fact base) and /metrics (Prometheus). Plain polling, the
/// default, never builds this.
/// </summary>
internal static class BotWebHost
{
    private const string Ready = "ready";

    public static bool IsNeeded(IConfiguration configuration) =>
        string.Equals(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Mode)}"]?.Trim(), TelegramOptions.Webhook, StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrWhiteSpace(configuration[$"{ListenerOptions.Section}:{nameof(ListenerOptions.HealthUrls)}"]);

    /// <summary>The operations endpoints' services; the bot's own come from <c>BotCommand.AddBot</c>.</summary>
    public static WebApplicationBuilder AddOperations(WebApplicationBuilder builder)
    {
        var listener = builder.Configuration.GetSection(ListenerOptions.Section).Get<ListenerOptions>() ?? new ListenerOptions();
        var webhook = builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>()?.IsWebhook == true;
        if (!webhook) builder.WebHost.UseUrls(listener.HealthUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        builder.Services.AddHealthChecks()
            .AddCheck<StoreReadiness>("store", tags: [Ready])
            .AddCheck<TelegramReadiness>("telegram", tags: [Ready])
            .AddCheck<FactBaseReadiness>("facts", tags: [Ready]);
        PrometheusExport.Start();
        builder.Services.AddHostedService<TelegramProbe>();
        builder.Services.AddHostedService<OutboxGauge>();
        return builder;
    }

    public static WebApplication MapOperations(WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteReadinessAsync });
        app.MapMetrics("/metrics");
        if (app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.IsWebhook)
        {
            var receiver = app.Services.GetRequiredService<WebhookReceiver>();
            app.MapPost(app.Services.GetRequiredService<IOptions<WebhookOptions>>().Value.Path, (Func<HttpContext, Task<IResult>>)receiver.HandleAsync);
        }

        return app;
    }

    /// <summary>Each check and what it found, so an operator sees why a replica is out of the rotation.</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(
            context.Response.Body,
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            },
            cancellationToken: context.RequestAborted);
    }
}
