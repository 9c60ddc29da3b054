using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>
/// The bot's pending updates and getUpdates as Telegram serves it: offset confirms and deletes, long polls wake
/// when an update arrives, and a new poll ends the one still waiting with 409 "terminated by other getUpdates
/// request". The newer poll wins, as with Telegram, so a poller that is cancelled and restarted at once is never
/// refused because the server had not yet seen the old request go. Updates are kept as JSON text, so that a test can
/// serve exactly the bytes it wants, including JSON that a client library cannot read.
/// </summary>
internal sealed class UpdateQueue(long firstUpdateId, ChangeSignal changed)
{
    private const int MaxLimit = 100;

    // Telegram leaves these out unless allowed_updates names them.
    private static readonly HashSet<string> OptInKinds = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _gate = new();
    private readonly List<PendingUpdate> _pending = [];
    private readonly List<PendingUpdate> _everEnqueued = [];
    private long _nextId = firstUpdateId;
    private long _confirmedOffset;
    private int _calls;
    private HashSet<string>? _allowedKinds;
    private TaskCompletionSource _arrived = NewSignal();
    private TaskCompletionSource? _waitingPoll;

    public long ConfirmedOffset
    {
        get
        {
            lock (_gate)
            {
                return _confirmedOffset;
            }
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public int Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls;
            }
        }
    }

    /// <summary>Adds an update (its fields without update_id) and returns the update_id it was given.</summary>
    public long Enqueue(JsonObject updateWithoutId)
    {
        var kind = updateWithoutId.Select(property => property.Key).First();
        var fields = updateWithoutId.ToJsonString();
        return EnqueueText(kind, fields[1..^1]);
    }

    /// <summary>
    /// Adds an update given as the JSON text of its fields after update_id (e.g. <c>"message": {...}</c>), served
    /// byte for byte; returns the update_id it was given.
    /// </summary>
    public long EnqueueText(string kind, string fieldsJson)
    {
        long id;
        lock (_gate)
        {
            id = _nextId++;
            var update = new PendingUpdate(id, kind, $"{{\"update_id\":{id},{fieldsJson}}}");
            _pending.Add(update);
            _everEnqueued.Add(update);
            _arrived.TrySetResult();
            _arrived = NewSignal();
        }

        changed.Pulse();
        return id;
    }

    /// <summary>
    /// Serves the updates from <paramref name="fromUpdateId"/> on again, though confirmed: what Telegram does when
    /// the confirming getUpdates never reached it (the bot died first).
    /// </summary>
    public void Redeliver(long fromUpdateId)
    {
        lock (_gate)
        {
            var again = _everEnqueued.Where(u => u.Id >= fromUpdateId && !_pending.Contains(u)).ToList();
            _pending.InsertRange(0, again);
            _arrived.TrySetResult();
            _arrived = NewSignal();
        }

        changed.Pulse();
    }

    /// <summary>The JSON text of an update ever queued, as a webhook request carries it; null if there is none with that id.</summary>
    public string? JsonOf(long id)
    {
        lock (_gate)
        {
            return _everEnqueued.LastOrDefault(update => update.Id == id)?.Json;
        }
    }

    /// <summary>The next update gets this id, as Telegram does after a week without updates (it may be lower than before).</summary>
    public void RestartIdsAt(long nextId)
    {
        lock (_gate)
        {
            _nextId = nextId;
        }
    }

    public async Task<BotApiResult> PollAsync(BotApiArguments args, CancellationToken cancellationToken)
    {
        var offset = args.GetLong("offset") ?? 0;
        var limit = Math.Clamp(args.GetInt("limit") is { } given and > 0 ? given : MaxLimit, 1, MaxLimit);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.GetInt("timeout") ?? 0));
        var allowed = args.GetJson("allowed_updates") as JsonArray;

        var superseded = NewSignal();
        List<PendingUpdate> batch;
        Task arrived;
        lock (_gate)
        {
            _calls++;
            _waitingPoll?.TrySetResult();
            _waitingPoll = superseded;
            if (allowed is not null)
            {
                _allowedKinds = [.. allowed.Select(BotApiArguments.AsString).OfType<string>()];
            }

            Confirm(offset);
            batch = Take(limit);
            arrived = _arrived.Task;
        }

        changed.Pulse();
        try
        {
            using var expiry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var expired = timeout > TimeSpan.Zero ? Task.Delay(timeout, expiry.Token) : Task.CompletedTask;
            while (batch.Count == 0 && !expired.IsCompleted)
            {
                var woken = await Task.WhenAny(arrived, superseded.Task, expired);
                if (woken == superseded.Task)
                {
                    return BotApiResult.Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }

                lock (_gate)
                {
                    batch = Take(limit);
                    arrived = _arrived.Task;
                }
            }

            await expiry.CancelAsync();
            return BotApiResult.OkRaw("[" + string.Join(',', batch.Select(update => update.Json)) + "]");
        }
        finally
        {
            lock (_gate)
            {
                if (_waitingPoll == superseded)
                {
                    _waitingPoll = null;
                }
            }
        }
    }

    // offset > 0 confirms every update before it; offset < 0 keeps only the last -offset updates.
    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            _pending.RemoveAll(update => update.Id < offset);
            _confirmedOffset = Math.Max(_confirmedOffset, offset);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            var forgotten = _pending.Count - (int)Math.Min(-offset, int.MaxValue);
            _confirmedOffset = Math.Max(_confirmedOffset, _pending[forgotten - 1].Id + 1);
            _pending.RemoveRange(0, forgotten);
        }
    }

    // Updates of kinds the bot did not ask for are dropped, as Telegram never delivers them.
    private List<PendingUpdate> Take(int limit)
    {
        _pending.RemoveAll(update => !IsAllowed(update.Kind));
        return _pending.Take(limit).ToList();
    }

    private bool IsAllowed(string kind) =>
        _allowedKinds is { Count: > 0 } allowed ? allowed.Contains(kind) : !OptInKinds.Contains(kind);

    private sealed record PendingUpdate(long Id, string Kind, string Json);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
