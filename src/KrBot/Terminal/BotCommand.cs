namespace KrBot.Terminal;

/// <summary>No verb: run the Telegram bot when a token is configured, else the terminal chat.</summary>
internal static class BotCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var host = KrBotCli.BuildTerminalHost(args);
        await output.WriteLineAsync("No Telegram token configured: chatting here in the terminal. To run in Telegram, set Telegram__BotToken (see README).");
        return await ChatCommand.RunAsync(host.Services, input, output, cancellationToken);
    }
}
