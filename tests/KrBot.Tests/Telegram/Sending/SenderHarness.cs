using System.Collections.Concurrent;
using System.Diagnostics;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KrBot.Tests.Telegram.Sending;

/// <summary>What the mocked client was asked to send, and when on the simulated clock.</summary>
internal sealed record SentRequest(long ChatId, string Text, ParseMode ParseMode, int? ReplyTo, SendMessageRequest Request, TimeSpan At);

/// <summary>
/// An <see cref="OutboundSender"/> on a <see cref="FakeTimeProvider"/> with Moq behind <see cref="ITelegramBotClient"/>.
/// Telegram.Bot 22's SendMessage is an extension over <c>SendRequest</c>, so that is what is mocked.
/// <see cref="RunUntilAsync"/> moves the clock straight to the sender's next wake-up whenever it is idle: simulated
/// time, exact to the tick, with no real waiting.
/// </summary>
internal sealed class SenderHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Epoch = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private int _nextMessageId;
    private int _requestCount;

    public SenderHarness(SenderOptions? options = null, TimeSpan? shutdownTimeout = null)
    {
        Options = options ?? new SenderOptions();
        Client.Setup(client => client.SendRequest(It.IsAny<SendMessageRequest>(), It.IsAny<CancellationToken>()))
            .Returns((IRequest<Message> request, CancellationToken cancellationToken) => HandleAsync((SendMessageRequest)request, cancellationToken));
        // A jitter of 0.5 leaves the backoff exactly 1 s, 2 s, 4 s …, so simulated times can be asserted to the tick.
        var host = shutdownTimeout is { } timeout ? Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Hosting.HostOptions { ShutdownTimeout = timeout }) : null;
        Sender = new OutboundSender(Client.Object, Microsoft.Extensions.Options.Options.Create(Options), Lifecycle.Object, Time, Logger, hostOptions: host, metrics: Metrics.Metrics) { Jitter = () => 0.5 };
    }

    public SenderOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(Epoch);

    public Mock<ITelegramBotClient> Client { get; } = new(MockBehavior.Strict);

    public Mock<IChatLifecycle> Lifecycle { get; } = new();

    public FakeLogger<OutboundSender> Logger { get; } = new();

    public TestMetrics Metrics { get; } = new();

    public OutboundSender Sender { get; }

    public ConcurrentQueue<SentRequest> Requests { get; } = new();

    /// <summary>
    /// How Telegram answers the n-th request (0-based): null to accept it, or the exception the client throws.
    /// May also await, e.g. to hold a request in flight.
    /// </summary>
    public Func<SendMessageRequest, int, Task<Exception?>> Telegram { get; set; } = (_, _) => Task.FromResult<Exception?>(null);

    public TimeSpan Elapsed => Time.GetUtcNow() - Epoch;

    public Task StartAsync() => Sender.StartAsync(CancellationToken.None);

    public Task<SendOutcome> Send(long chatId, string text, int? replyTo = null, CancellationToken cancellationToken = default) =>
        Sender.SendAsync(new OutgoingMessage(chatId, $"<b>{text}</b>", text, ReplyToMessageId: replyTo), cancellationToken);

    public IEnumerable<SentRequest> To(long chatId) => Requests.Where(request => request.ChatId == chatId);

    public Task RunUntilAsync(params Task[] tasks) => RunUntilAsync(Sender, Time, tasks);

    /// <summary>
    /// Runs simulated time until every task completes: whenever the sender is idle, the clock jumps to its next
    /// wake-up. Requests in flight (real HTTP included) are waited for in real time. Fails after 10 real seconds.
    /// </summary>
    public static async Task RunUntilAsync(OutboundSender sender, FakeTimeProvider time, params Task[] tasks)
    {
        var watch = Stopwatch.StartNew();
        while (!tasks.All(task => task.IsCompleted))
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"{tasks.Count(task => !task.IsCompleted)} tasks still pending at {time.GetUtcNow() - Epoch} simulated");
            }

            if (sender.IsIdle(out var wakeAt) && wakeAt is { } at && at > time.GetUtcNow())
            {
                time.Advance(at - time.GetUtcNow());
            }
            else
            {
                await Task.Delay(1);
            }
        }
    }

    public async Task<SendOutcome[]> RunAllAsync(IEnumerable<Task<SendOutcome>> sends)
    {
        var all = sends.ToArray();
        await RunUntilAsync(all);
        return await Task.WhenAll(all);
    }

    public async ValueTask DisposeAsync()
    {
        // Stopping drains until its deadline; on a clock that does not move, a retry left behind would wait forever.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Sender.StopAsync(deadline.Token);
        Sender.Dispose();
    }

    private async Task<Message> HandleAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        var chatId = request.ChatId.Identifier!.Value;
        var index = Interlocked.Increment(ref _requestCount) - 1;
        Requests.Enqueue(new SentRequest(chatId, request.Text, request.ParseMode, request.ReplyParameters?.MessageId, request, Elapsed));
        if (await Telegram(request, index) is { } failure)
        {
            throw failure;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new Message { Id = Interlocked.Increment(ref _nextMessageId), Chat = new Chat { Id = chatId }, Date = Time.GetUtcNow().UtcDateTime };
    }
}
