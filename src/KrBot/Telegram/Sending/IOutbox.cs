namespace KrBot.Telegram.Sending;

/// <summary>Where stored messages go to be delivered: the intake and the digest scheduler hand over what they committed.</summary>
internal interface IOutbox
{
    /// <summary>
    /// Delivers <paramref name="messages"/> (already in the store, or not storable: <see cref="OutgoingMessage.OutboxId"/> 0)
    /// in order per chat, and removes each from the store once it is finished.
    /// </summary>
    void Deliver(IReadOnlyList<OutgoingMessage> messages);
}
