using KrBot.Charts;
using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using KrBot.Languages;
using KrBot.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Hosting;

/// <summary>The one place the bot's services are composed, so Program.cs stays a page.</summary>
internal static class KrBotServiceCollectionExtensions
{
    /// <summary>The fact base and the answering engine: everything the terminal needs.</summary>
    public static IServiceCollection AddKrBotCore(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => FactBaseLoader.Load(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FactBaseLoader).FullName!)));
        // Host commands (/subscribe, /digest...) are listed in /help and in Telegram's menu next to the fact base's.
        services.AddSingleton(sp => new Answerer(sp.GetRequiredService<FactBase>(), HostCommands(sp)));
        services.AddSingleton<ConversationMemory>();
        services.AddSingleton<ChatResponder>();
        services.AddKrBotDigestCommands();
        services.AddKrBotLanguages();
        services.AddKrBotCharts();
        return services;
    }

    /// <summary>Names of the commands the host adds, for /help and the command menu (each language describes them).</summary>
    public static IReadOnlyList<string> HostCommands(IServiceProvider services) =>
        services.GetServices<IChatCommandHandler>().SelectMany(h => h.Commands).Concat(services.GetServices<HostCommand>().Select(c => c.Name)).ToList();
}
