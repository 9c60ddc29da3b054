using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// Publishes the command menu (setMyCommands) from the fact base: one command per entity plus ours, described in
/// English for everyone and in Chinese for people whose Telegram is set to Chinese (language_code "zh").
/// </summary>
internal sealed class CommandMenu(ITelegramBotClient client, Answerer answerer, IServiceProvider services, ILogger<CommandMenu> logger)
{
    // Telegram accepts at most 100 commands, each name a-z0-9_ (1-32) and description 1-256 characters.
    private const int MaxCommands = 100;

    /// <summary>Telegram's language code for the Chinese menu; it covers both scripts.</summary>
    public const string ChineseLanguageCode = "zh";

    private readonly IReadOnlyList<string> _hostCommands = KrBotServiceCollectionExtensions.HostCommands(services);

    public IReadOnlyList<BotCommand> Commands => For(Language.English);

    public IReadOnlyList<BotCommand> ChineseCommands => For(Language.SimplifiedChinese);

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.SetMyCommands(Commands, cancellationToken: cancellationToken);
            await client.SetMyCommands(ChineseCommands, languageCode: ChineseLanguageCode, cancellationToken: cancellationToken);
            TelegramLog.MenuPublished(logger, Commands.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The bot answers without a menu; the menu only helps people discover commands.
            TelegramLog.MenuFailed(logger, e);
        }
    }

    private List<BotCommand> For(Language language) => CommandCatalog.For(answerer.Facts, language, _hostCommands)
        .Take(MaxCommands)
        .Select(c => new BotCommand { Command = c.Name, Description = c.Description.Length > 256 ? c.Description[..256] : c.Description })
        .ToList();
}
