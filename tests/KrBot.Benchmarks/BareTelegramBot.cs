using Telegram.Bot;

namespace KrBot.Benchmarks;

/// <summary>
/// The reference of the end-to-end comparison (docs/benchmarks.md): the least a Telegram.Bot bot can be, a
/// long-polling loop that answers each text message with a fixed reply, one at a time. It stores nothing, parses
/// nothing and never retries; KrBot's path from update to answer is measured against it. The harness runs it as
/// `KrBot.Benchmarks bare-bot` with BOT_TOKEN and BOT_API_BASE_URL set.
/// </summary>
internal static class BareTelegramBot
{
    public static async Task RunAsync(string token, string baseUrl, CancellationToken cancellationToken)
    {
        var client = new TelegramBotClient(new TelegramBotClientOptions(token, baseUrl));
        var offset = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var update in await client.GetUpdates(offset, 100, 30, cancellationToken: cancellationToken))
            {
                offset = update.Id + 1;
                if (update.Message is { Text: not null } message)
                    await client.SendMessage(message.Chat.Id, "fixed reply", cancellationToken: cancellationToken);
            }
        }
    }
}
