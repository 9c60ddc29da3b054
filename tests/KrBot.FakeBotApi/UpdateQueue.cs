using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>
/// The bot's pending updates and getUpdates as Telegram serves it: offset confirms and deletes, long polls wake
/// when an update arrives, and a new poll ends the one still waiting with 409 "terminated by other getUpdates
/// request". The newer poll wins, as with Telegram, so a poller that is cancelled and restarted at once is never
/// refused because the server had not yet seen the old request go.
/// </summary>
internal sealed class UpdateQueue(long firstUpdateId, ChangeSignal changed)
{
    private const int MaxLimit = 100;

    // Telegram leaves these out unless allowed_updates names them.
    private static readonly HashSet<string> OptInKinds = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _gate = new();
    private readonly List<JsonObject> _pending = [];
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
        long id;
        lock (_gate)
        {
            id = _nextId++;
            var update = new JsonObject { ["update_id"] = id };
            foreach (var (name, value) in updateWithoutId)
            {
                update[name] = value?.DeepClone();
            }

            _pending.Add(update);
            _arrived.TrySetResult();
            _arrived = NewSignal();
        }

        changed.Pulse();
        return id;
    }

    public async Task<BotApiResult> PollAsync(BotApiArguments args, CancellationToken cancellationToken)
    {
        var offset = args.GetLong("offset") ?? 0;
        var limit = Math.Clamp(args.GetInt("limit") is { } given and > 0 ? given : MaxLimit, 1, MaxLimit);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.GetInt("timeout") ?? 0));
        var allowed = args.GetJson("allowed_updates") as JsonArray;

        var superseded = NewSignal();
        JsonArray batch;
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
            return BotApiResult.Ok(batch);
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
            _pending.RemoveAll(update => UpdateId(update) < offset);
            _confirmedOffset = Math.Max(_confirmedOffset, offset);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            var forgotten = _pending.Count - (int)Math.Min(-offset, int.MaxValue);
            _confirmedOffset = Math.Max(_confirmedOffset, UpdateId(_pending[forgotten - 1]) + 1);
            _pending.RemoveRange(0, forgotten);
        }
    }

    // Updates of kinds the bot did not ask for are dropped, as Telegram never delivers them.
    private JsonArray Take(int limit)
    {
        _pending.RemoveAll(update => !IsAllowed(update));
        return new JsonArray([.. _pending.Take(limit).Select(update => update.DeepClone())]);
    }

    private bool IsAllowed(JsonObject update)
    {
        var kind = update.Select(property => property.Key).FirstOrDefault(name => name != "update_id") ?? "";
        return _allowedKinds is { Count: > 0 } allowed ? allowed.Contains(kind) : !OptInKinds.Contains(kind);
    }

    private static long UpdateId(JsonObject update) => (long)update["update_id"]!;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
