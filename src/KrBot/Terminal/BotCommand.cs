using KrBot.Hosting;
using KrBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KrBot.Terminal;

/// <summary>No verb: run the Telegram bot when a token is configured, else the terminal chat.</summary>
internal static class BotCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(KrBotCli.HostSettings(args));
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.BotToken)}"]))
        {
            using var terminal = KrBotCli.BuildTerminalHost(args);
            await output.WriteLineAsync("No Telegram token configured: chatting here in the terminal. To run in Telegram, set Telegram__BotToken (see README).");
            return await ChatCommand.RunAsync(terminal.Services, input, output, cancellationToken);
        }

        AddBot(builder);
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        return Environment.ExitCode;
    }

    /// <summary>The bot's services; tests add them the same way, with configuration pointing at a fake Bot API.</summary>
    public static HostApplicationBuilder AddBot(HostApplicationBuilder builder)
    {
        // SIGTERM: finish the request in hand, then stop within a few seconds.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddKrBotCore();
        builder.Services.AddKrBotTelegram();
        return builder;
    }
}
