using KrBot.Hosting;
using KrBot.Subscriptions;
using KrBot.Telegram.Polling;
using KrBot.Telegram.Routing;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KrBot.Telegram;

internal static class TelegramServiceCollectionExtensions
{
    /// <summary>The Telegram bot: client, polling worker, router, outbound sender, and the storage they use.</summary>
    public static IServiceCollection AddKrBotTelegram(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddOptions<SenderOptions>().BindConfiguration(SenderOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<FloodGuard>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<CommandMenu>();
        services.AddSingleton<IUpdateOffsetStore>(sp => new SqliteUpdateOffsetStore(SubscriptionServiceCollectionExtensions.DatabasePath(sp), sp.GetRequiredService<ISubscriptionStore>()));
        services.AddSingleton<IChatLifecycle, SubscriptionChatLifecycle>();

        services.AddSingleton<OutboundSender>();
        services.AddSingleton<IOutboundSender>(sp => sp.GetRequiredService<OutboundSender>());
        services.AddHostedService<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboundSender>());
        services.AddHostedService<PollingWorker>();
        services.AddKrBotDigestScheduler();
        return services;
    }

    /// <summary>
    /// The outbound sender owns retries (it knows the per-chat order and the global pace), so the client's own
    /// 429 retry is turned off: two owners would wait twice and reorder messages.
    /// </summary>
    private static TelegramBotClient CreateClient(TelegramOptions options)
    {
        var clientOptions = new TelegramBotClientOptions(options.BotToken.Trim(), options.ApiBaseUrl.TrimEnd('/'))
        {
            RetryThreshold = 0,
            RetryCount = 0,
        };
        // Long polls hold a request open for PollTimeoutSeconds: the HTTP timeout must be longer.
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30) };
        return new TelegramBotClient(clientOptions, http);
    }
}
