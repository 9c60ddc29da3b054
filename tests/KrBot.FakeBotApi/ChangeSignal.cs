namespace KrBot.FakeBotApi;

/// <summary>
/// Wakes everyone waiting for the fake's state to change. A waiter takes <see cref="Next"/> before it checks its
/// condition, so a change between the check and the wait is never missed.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = Create();

    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, Create()).TrySetResult();

    // Continuations run elsewhere so that a waiter never runs inside the request that pulsed.
    private static TaskCompletionSource Create() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
