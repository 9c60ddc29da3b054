namespace KrBot.Telegram.Sending;

/// <summary>A queued message, how its attempts went so far, and the outcome its caller awaits.</summary>
internal sealed class PendingSend(OutgoingMessage message, DateTimeOffset deadline)
{
    private readonly TaskCompletionSource<SendOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OutgoingMessage Message { get; } = message;

    /// <summary>After this, a retry is no longer useful: the message's own deadline, or the sender's default age.</summary>
    public DateTimeOffset Deadline { get; } = deadline;

    public Task<SendOutcome> Outcome => _outcome.Task;

    public bool IsFinished => _outcome.Task.IsCompleted;

    /// <summary>The chat it waits in; its id is where the message goes (a new one after a migration).</summary>
    public ChatQueue? Chat { get; set; }

    /// <summary>A request for it is with Telegram: the caller's cancellation no longer applies.</summary>
    public bool InFlight { get; set; }

    /// <summary>The request of the attempt in flight has left (SendScheduler.Departed); false between taking and leaving.</summary>
    public bool HasLeft { get; set; }

    /// <summary>For at-most-once messages: the store knows a request is about to go, so a crash will not repeat it.</summary>
    public bool AttemptRecorded { get; set; }

    public bool AsPlainText { get; set; }

    public bool WithoutReply { get; set; }

    /// <summary>5xx and network failures so far; they set the backoff.</summary>
    public int Failures { get; set; }

    /// <summary>429s so far.</summary>
    public int TooManyRequests { get; set; }

    public int Migrations { get; set; }

    public CancellationTokenRegistration Cancellation { get; set; }

    public long ChatId => Chat?.ChatId ?? Message.ChatId;

    public bool Complete(SendStatus status, int? messageId = null, string? error = null)
    {
        // Unregister, not Dispose: Dispose waits for a running callback, which may be waiting for our lock.
        Cancellation.Unregister();
        return _outcome.TrySetResult(new SendOutcome(status, ChatId, messageId, error));
    }
}
