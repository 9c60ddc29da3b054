using KrBot.Conversation;
using KrBot.Core.Digests;
using KrBot.Core.Knowledge;
using KrBot.Hosting;
using KrBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KrBot.Subscriptions;

internal static class SubscriptionServiceCollectionExtensions
{
    /// <summary>The digest commands and their store: in the terminal /digest works, /subscribe explains it is for chats.</summary>
    public static IServiceCollection AddKrBotDigestCommands(this IServiceCollection services)
    {
        services.AddKrBotStorage();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.AddSingleton(sp => new DigestComposer(sp.GetRequiredService<FactBase>()));
        services.AddSingleton<ISubscriptionStore, SqlSubscriptionStore>();
        services.TryAddSingleton<IChatAdminCheck, NoGroupAdmins>();
        services.TryAddSingleton<IDigestWakeUp, NoScheduler>();
        services.AddSingleton<IChatCommandHandler, SubscriptionCommands>();
        services.AddSingleton<IChatCommandHandler, DigestCommand>();
        return services;
    }

    /// <summary>The scheduler that sends digests; only the Telegram bot runs it.</summary>
    public static IServiceCollection AddKrBotDigestScheduler(this IServiceCollection services)
    {
        services.AddSingleton<DigestScheduler>();
        services.Replace(ServiceDescriptor.Singleton<IDigestWakeUp>(sp => sp.GetRequiredService<DigestScheduler>()));
        services.Replace(ServiceDescriptor.Singleton<IChatAdminCheck, TelegramChatAdminCheck>());
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        return services;
    }

    /// <summary>Where no scheduler runs (the terminal), there is nothing to wake.</summary>
    private sealed class NoScheduler : IDigestWakeUp
    {
        public void SubscriptionsChanged()
        {
        }
    }
}
