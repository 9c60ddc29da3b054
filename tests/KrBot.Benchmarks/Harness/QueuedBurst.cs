using System.Diagnostics;
using KrBot.FakeBotApi;

namespace KrBot.Benchmarks.Harness;

/// <summary>
/// One bot measured once, the same way for every bot: started against a fresh fake Bot API, timed to its first
/// getUpdates (cold start), then handed a burst of questions from 200 private chats queued at once, and timed
/// until every one has an answer.
/// </summary>
internal static class QueuedBurst
{
    public const int Chats = 200;

    private static readonly string[] Questions =
        ["How many users does DingTalk have?", "/compare dingtalk wechatwork", "钉钉有多少用户？", "Who makes Lark?", "/wechatwork", "DingTalk revenue?"];

    /// <param name="onOutput">Sees every line the bot writes.</param>
    public static async Task<BurstTiming> MeasureAsync(BotLaunch bot, int updates, Action<string>? onOutput = null)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "krbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var watch = Stopwatch.StartNew();
            await using var process = BotProcess.Start(bot.StartInfo(api, folder), onOutput);
            await process.WhileRunningAsync(api.WaitForRequestAsync("getUpdates", TimeSpan.FromSeconds(30)));
            var coldStart = watch.Elapsed.TotalMilliseconds;

            var burst = Stopwatch.StartNew();
            for (var i = 0; i < updates; i++) api.EnqueueMessage(10_000 + (i % Chats), Questions[i % Questions.Length]);
            await process.WhileRunningAsync(api.WaitForSentMessagesAsync(updates, TimeSpan.FromSeconds(60)));
            return new BurstTiming(coldStart, burst.Elapsed.TotalMilliseconds, process.PeakResidentMegabytes());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <param name="ColdStartMs">From starting the process to its first getUpdates.</param>
/// <param name="BurstMs">From queueing the first update to the last answer.</param>
/// <param name="PeakMb">The bot process's peak resident memory (VmHWM).</param>
internal sealed record BurstTiming(double ColdStartMs, double BurstMs, double PeakMb);
