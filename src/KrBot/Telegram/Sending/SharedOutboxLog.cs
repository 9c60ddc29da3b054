using Microsoft.Extensions.Logging;

namespace KrBot.Telegram.Sending;

/// <summary>The shared outbox's log messages (event ids 300–399).</summary>
internal static partial class SharedOutboxLog
{
    [LoggerMessage(300, LogLevel.Information, "This replica ({Holder}) holds the sender lease: it sends for every replica")]
    public static partial void BecameSender(ILogger logger, string holder);

    [LoggerMessage(301, LogLevel.Warning, "This replica stopped sending: {Reason}")]
    public static partial void SteppedDown(ILogger logger, string reason);

    [LoggerMessage(302, LogLevel.Warning, "Could not renew the sender lease ({Reason}); trying again")]
    public static partial void RenewalFailed(ILogger logger, string reason);

    [LoggerMessage(303, LogLevel.Error, "Could not take the messages owed from the store ({Reason}); trying again")]
    public static partial void TakeFailed(ILogger logger, string reason);

    [LoggerMessage(305, LogLevel.Warning, "Stopped listening for new outbox rows ({Reason}); looking every few hundred milliseconds until the connection is back")]
    public static partial void ListenFailed(ILogger logger, string reason);

    [LoggerMessage(304, LogLevel.Warning, "Could not give up the sender lease at shutdown ({Reason}); another replica takes it when it expires")]
    public static partial void ReleaseFailed(ILogger logger, string reason);
}
