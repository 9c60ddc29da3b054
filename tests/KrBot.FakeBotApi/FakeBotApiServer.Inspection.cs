namespace KrBot.FakeBotApi;

// What the bot did, as snapshots and as waits. Waits run on real time, whatever TimeProvider the options name,
// because the bot under test runs on real time.
public sealed partial class FakeBotApiServer
{
    /// <summary>Messages the bot sent successfully, in order.</summary>
    public IReadOnlyList<SentMessage> SentMessages => _state.Journal.SentMessages;

    /// <summary>How many messages were sent, without copying them (a cheap probe for waits).</summary>
    public int SentMessageCount => _state.Journal.SentMessageCount;

    /// <summary>Every call with the right token, in order, including faulted and refused ones.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _state.Journal.Requests;

    /// <summary>The commands currently set, across scopes and languages.</summary>
    public IReadOnlyList<RegisteredCommand> RegisteredCommands => _state.Commands.Snapshot;

    /// <summary>Every update_id below this has been confirmed by a getUpdates offset; 0 before any.</summary>
    public long ConfirmedOffset => _state.Updates.ConfirmedOffset;

    /// <summary>Updates queued and not yet confirmed.</summary>
    public int PendingUpdateCount => _state.Updates.PendingCount;

    /// <summary>getUpdates calls that reached the queue (faulted ones are not counted).</summary>
    public int GetUpdatesCalls => _state.Updates.Calls;

    /// <summary>429 answers given for breaking the flood limits (<see cref="FakeBotApiOptions.EnforceRateLimits"/>); injected faults are not counted.</summary>
    public int TooManyRequestsSent => _state.RateLimiter?.Refused ?? 0;

    /// <summary>Why each 429 was sent (which limit, and when).</summary>
    public IReadOnlyList<string> TooManyRequestsReasons => _state.RateLimiter?.Refusals ?? [];

    /// <summary>Waits until at least <paramref name="count"/> messages were sent; returns all sent so far.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForSentMessagesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(
            () => _state.Journal.SentMessageCount >= count ? SentMessages : null,
            timeout,
            () => $"{count} sent message(s); got {SentMessages.Count}: {Describe(SentMessages.Select(m => $"{m.ChatId}: {m.Text}"))}",
            cancellationToken);

    /// <summary>Inline query answers the fake accepted, in order.</summary>
    public IReadOnlyList<InlineAnswer> InlineAnswers => _state.InlineQueries.Answers;

    /// <summary>Waits until the bot answered the inline query <paramref name="queryId"/> and the fake accepted the answer.</summary>
    public Task<InlineAnswer> WaitForInlineAnswerAsync(string queryId, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(
            () => InlineAnswers.FirstOrDefault(a => a.QueryId == queryId),
            timeout,
            () => $"an accepted answer to inline query {queryId}; answerInlineQuery calls: {Describe(Requests.Where(r => r.Method == "answerInlineQuery").Select(r => r.Body.ToJsonString()[..Math.Min(300, r.Body.ToJsonString().Length)]))}",
            cancellationToken);

    /// <summary>Waits until a call of <paramref name="method"/> (any letter case) was received; returns the first.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(string method, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(
            () => _state.Journal.FindRequest(method),
            timeout,
            () => $"a {method} request; got {Describe(Requests.Select(r => r.Method))}",
            cancellationToken);

    /// <summary>Waits until the bot confirmed <paramref name="updateId"/> by polling with a higher offset.</summary>
    public Task WaitUntilConfirmedAsync(long updateId, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(
            () => ConfirmedOffset > updateId ? (object)updateId : null,
            timeout,
            () => $"update {updateId} to be confirmed; confirmed offset is {ConfirmedOffset}, {GetUpdatesCalls} getUpdates call(s)",
            cancellationToken);

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking whenever the server's state changes.</summary>
    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return WaitUntilAsync(() => condition() ? (object)true : null, timeout, () => description, cancellationToken);
    }

    private static readonly TimeSpan RecheckInterval = TimeSpan.FromMilliseconds(50);

    private async Task<T> WaitUntilAsync<T>(Func<T?> probe, TimeSpan timeout, Func<string> expected, CancellationToken cancellationToken)
        where T : class
    {
        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        expiry.CancelAfter(timeout);
        while (true)
        {
            var changed = _state.Changed.Next;
            if (probe() is { } done)
            {
                return done;
            }

            try
            {
                // Conditions may also depend on the bot's own state (its store, its logs), which does not signal
                // here: look again at least every 50 ms.
                await Task.WhenAny(changed, Task.Delay(RecheckInterval, expiry.Token)).WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return probe() ?? throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.###} s waiting for {expected()}.");
            }
        }
    }

    private static string Describe(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join("; ", list.TakeLast(10)) + (list.Count > 10 ? $" (last 10 of {list.Count})" : "");
    }
}
