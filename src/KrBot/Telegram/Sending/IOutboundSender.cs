namespace KrBot.Telegram.Sending;

/// <summary>
/// Every message to Telegram goes through here: it queues, keeps per-chat order, respects Telegram's limits and
/// owns retries. The task completes when the message is sent or given up on; it never throws for API errors.
/// </summary>
internal interface IOutboundSender
{
    /// <summary>
    /// Queues the message. A cancelled <paramref name="cancellationToken"/> makes the outcome
    /// <see cref="SendStatus.Cancelled"/> if the message has not gone out yet; once a request is in flight it is
    /// left to finish, since Telegram may already have delivered it.
    /// </summary>
    Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// The chat wrote to us (or added us) again: a chat that answered 403 before may be sent to again.
    /// </summary>
    void ChatIsBack(long chatId);
}
