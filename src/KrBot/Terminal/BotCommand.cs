using KrBot.Core.Knowledge;
using KrBot.Hosting;
using KrBot.Storage;
using KrBot.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KrBot.Terminal;

/// <summary>No verb: run the Telegram bot when a token is configured, else the terminal chat.</summary>
internal static class BotCommand
{
    /// <param name="args">Setting overrides (--Section:Key=value) only; the command line was checked already.</param>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(KrBotCli.HostSettings(args));
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.BotToken)}"]))
        {
            using var terminal = KrBotCli.BuildTerminalHost(args);
            await output.WriteLineAsync("No Telegram token configured: chatting here in the terminal. To run in Telegram, set Telegram__BotToken (see README).");
            return await ChatCommand.RunAsync(terminal.Services, input, output, cancellationToken);
        }

        SettingsException.ThrowIfAny(SettingsCheck.ForBot(builder.Configuration));
        using IHost host = BotWebHost.IsNeeded(builder.Configuration) ? BuildWebHost(args) : AddBot(builder).Build();

        // Before the host starts, so that a bad fact base or database is a sentence (KrBotCli), not the host's
        // "Hosting failed to start" log with a stack trace.
        host.Services.GetRequiredService<FactBase>();
        await host.Services.GetRequiredService<IBotDatabase>().InitializeAsync(cancellationToken);
        await host.RunAsync(cancellationToken);
        return Environment.ExitCode;
    }

    /// <summary>
    /// Webhook mode, or polling with a health listener: the same bot in an ASP.NET Core app. Typed IHost, so that the
    /// plain polling start never loads ASP.NET Core's assemblies.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static IHost BuildWebHost(string[] args)
    {
        var settings = KrBotCli.HostSettings(args);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = settings.ContentRootPath });
        AddBot(builder);
        BotWebHost.AddOperations(builder);
        return BotWebHost.MapOperations(builder.Build());
    }

    /// <summary>The bot's services; tests add them the same way, with configuration pointing at a fake Bot API.</summary>
    public static TBuilder AddBot<TBuilder>(TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        // SIGTERM: stop receiving, keep delivering until Hosting:ShutdownTimeoutSeconds, then stop.
        builder.Services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>(
            (host, shutdown) => host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.Value.ShutdownTimeoutSeconds));
        builder.Services.AddKrBotCore();
        builder.Services.AddKrBotTelegram(builder.Configuration);
        return builder;
    }
}
