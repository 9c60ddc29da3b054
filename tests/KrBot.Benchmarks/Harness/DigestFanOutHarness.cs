using System.Diagnostics.Metrics;
using KrBot.Operations;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using KrBot.Core.Digests;
using KrBot.FakeBotApi;
using KrBot.Storage;
using KrBot.Subscriptions;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;

namespace KrBot.Benchmarks.Harness;

/// <summary>
/// N subscriptions due in the same minute, on simulated time, through the real scheduler, store (SQLite), outbox,
/// sender and Telegram.Bot client, against the fake Bot API enforcing Telegram's limits (30 messages/s overall, 1/s per chat).
/// Reports the simulated time taken against the N/30 s that Telegram allows, the 429s seen and any duplicates.
/// </summary>
internal static class DigestFanOutHarness
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 0, 59, 0, TimeSpan.Zero); // 08:59 in Shanghai

    public static async Task RunAsync(int chats, TextWriter output)
    {
        var time = new FakeTimeProvider(Start);
        await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true, TimeProvider = time });
        var folder = Path.Combine(Path.GetTempPath(), "krbot-bench", Guid.NewGuid().ToString("N"));
        using var database = new SqliteDatabase(Path.Combine(folder, "krbot.db"), time);
        var store = new SqlSubscriptionStore(database, time);
        var outboxStore = new SqlOutboxStore(database, time);
        await store.InitializeAsync(default);
        for (var chat = 1; chat <= chats; chat++) await store.UpsertAsync(chat, new TimeOnly(9, 0), "Asia/Shanghai", default);

        var client = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl.ToString()) { RetryThreshold = 0 });
        using var sender = new OutboundSender(client, Options.Create(new SenderOptions()), new NoLifecycle(), time, NullLogger<OutboundSender>.Instance, journal: outboxStore);
        using var outbox = new OutboxDispatcher(sender, outboxStore, new BotMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>()), time, NullLogger<OutboxDispatcher>.Instance);
        await outbox.StartAsync(default);
        await sender.StartAsync(default);
        using var scheduler = new DigestScheduler(store, new DigestComposer(BenchmarkInputs.LoadFacts()), outbox, time, NullLogger<DigestScheduler>.Instance);

        time.SetUtcNow(Start.AddMinutes(1));
        var due = time.GetUtcNow();
        var real = Stopwatch.StartNew();
        await scheduler.RunDueAsync(default);
        while (api.SentMessages.Count < chats)
        {
            if (sender.IsIdle(out var wakeAt) && wakeAt is { } at && at > time.GetUtcNow()) time.Advance(at - time.GetUtcNow());
            else await Task.Delay(1);
        }

        var simulated = time.GetUtcNow() - due;
        var sent = api.SentMessages;
        var duplicates = sent.GroupBy(m => m.ChatId).Count(g => g.Count() > 1);
        var bound = TimeSpan.FromSeconds((chats - 1) / 30.0);
        output.WriteLine($"{chats} digests due at once: {sent.Count} sent to {sent.Select(m => m.ChatId).Distinct().Count()} chats in {simulated.TotalSeconds:F1} s simulated " +
                         $"(Telegram's 30/s allows {bound.TotalSeconds:F1} s: {simulated / bound:P1}); 429s: {api.TooManyRequestsSent}; chats sent twice: {duplicates}; real time {real.Elapsed.TotalSeconds:F1} s");

        await sender.StopAsync(default);
        await outbox.StopAsync(default);
        Directory.Delete(folder, recursive: true);
    }

    private sealed class NoLifecycle : IChatLifecycle
    {
        public Task ChatGoneAsync(long chatId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task ChatMigratedAsync(long oldChatId, long newChatId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
