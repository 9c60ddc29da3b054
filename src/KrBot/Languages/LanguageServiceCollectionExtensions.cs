using KrBot.Conversation;
using KrBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KrBot.Languages;

internal static class LanguageServiceCollectionExtensions
{
    /// <summary>/lang, with the terminal's in-memory settings; the Telegram bot keeps them in its database instead.</summary>
    public static IServiceCollection AddKrBotLanguages(this IServiceCollection services)
    {
        services.TryAddSingleton<IChatLanguageStore, InMemoryChatLanguages>();
        services.AddSingleton<IChatCommandHandler, LanguageCommand>();
        return services;
    }

    /// <summary>Chat languages stored with the chat, across restarts.</summary>
    public static IServiceCollection AddKrBotStoredLanguages(this IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IChatLanguageStore>(sp =>
            new SqlChatLanguageStore(sp.GetRequiredService<IBotDatabase>(), sp.GetRequiredService<TimeProvider>())));
}
