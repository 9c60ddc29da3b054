using KrBot.Hosting;
using KrBot.Core.Answering;
using KrBot.Languages;
using KrBot.Operations;
using KrBot.Storage;
using KrBot.Subscriptions;
using KrBot.Telegram.Inline;
using KrBot.Telegram.Receiving;
using KrBot.Telegram.Rendering;
using KrBot.Telegram.Routing;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KrBot.Telegram;

internal static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The Telegram bot: client, receiver, intake, router, outbox and sender. Hosted services start in this order
    /// and stop in the reverse: the receiver stops first, then the sender drains, then the outbox records what it
    /// delivered.
    /// </summary>
    public static IServiceCollection AddKrBotTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var shared = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.IsPostgres == true;
        var webhook = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>()?.IsWebhook == true;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddOptions<SenderOptions>().BindConfiguration(SenderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();

        services.AddSingleton<TelegramContact>();
        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(sp.GetRequiredService<IOptions<TelegramOptions>>().Value, sp.GetRequiredService<TelegramContact>()));
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<FloodGuard>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<ChartReplies>();
        services.AddSingleton(sp => new InlineResults(sp.GetRequiredService<Answerer>()));
        services.AddSingleton<InlineQueryResponder>();
        services.AddSingleton<CommandMenu>();
        services.AddSingleton<UpdateIntake>();
        services.AddSingleton<AnswerWarmUp>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<IChatLifecycle, SubscriptionChatLifecycle>();
        services.AddSingleton<IOutboxStore, SqlOutboxStore>();

        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<OutboundSender>(sp, sp.GetRequiredService<IOutboxStore>()));
        services.AddSingleton<IOutboundSender>(sp => sp.GetRequiredService<OutboundSender>());
        services.AddSingleton(sp => new OutboxDispatcher(
            sp.GetRequiredService<IOutboundSender>(),
            sp.GetRequiredService<IOutboxStore>(),
            sp.GetRequiredService<BotMetrics>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxDispatcher>>()) { RecoversAtStart = !shared });
        services.AddHostedService<StorageInitializer>();
        if (shared)
        {
            // One replica sends for all (see SharedOutbox); registered before the dispatcher so it stops after it.
            services.AddSingleton<SharedOutbox>();
            services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<SharedOutbox>());
            services.AddHostedService(sp => sp.GetRequiredService<SharedOutbox>());
            services.AddHostedService<OutboxListener>();
        }
        else
        {
            services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<OutboxDispatcher>());
        }

        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboundSender>());
        if (webhook)
        {
            services.AddSingleton<WebhookRegistration>();
            services.AddSingleton<WebhookBatcher>();
            services.AddSingleton<WebhookReceiver>();
            services.AddHostedService(sp => sp.GetRequiredService<WebhookRegistration>());
        }
        else
        {
            services.AddHostedService<PollingReceiver>();
        }

        services.AddKrBotDigestScheduler();
        services.AddKrBotStoredLanguages();
        return services;
    }

    /// <summary>
    /// The outbound sender owns retries (it knows the per-chat order and the global pace), so the client's own
    /// 429 retry is turned off: two owners would wait twice and reorder messages.
    /// </summary>
    private static TelegramBotClient CreateClient(TelegramOptions options, TelegramContact contact)
    {
        var clientOptions = new TelegramBotClientOptions(options.BotToken.Trim(), options.ApiBaseUrl.TrimEnd('/'))
        {
            RetryThreshold = 0,
            RetryCount = 0,
        };
        // Long polls hold a request open for PollTimeoutSeconds: the HTTP timeout must be longer.
        var http = new HttpClient(new TelegramContactHandler(contact)) { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30) };
        return new TelegramBotClient(clientOptions, http);
    }
}
