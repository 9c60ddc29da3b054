using KrBot.Core.Charts;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Telegram.Sending;

/// <summary>
/// One Telegram message to send. <see cref="Html"/> is sent with HTML parse mode; <see cref="PlainText"/> is the
/// fallback when Telegram rejects the markup ("can't parse entities"). Negative chat ids are groups. With a
/// <see cref="Chart"/>, the message is that chart's picture and the text is its caption.
/// </summary>
internal sealed record OutgoingMessage(long ChatId, string Html, string PlainText, InlineKeyboardMarkup? Keyboard = null, int? ReplyToMessageId = null)
{
    /// <summary>Its row in the outbox; 0 when it is not stored (the store could not take it, or a test).</summary>
    public long OutboxId { get; init; }

    /// <summary>Past this instant, trying again is no longer useful and the message is given up. Null: the sender's default age.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>A digest's local day. Digests go at most once per chat and day; answers at least once.</summary>
    public DateOnly? DigestDate { get; init; }

    /// <summary>When the update it answers reached the bot (or when it was stored): where its time to answer starts.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    public bool AtMostOnce => DigestDate is not null;

    /// <summary>
    /// Sent as a photo of this chart (sendPhoto), the text as its caption. The outbox keeps the spec, a few dozen
    /// bytes, not the picture: it is drawn again (or taken from the cache) when it goes out, also after a restart.
    /// </summary>
    public ChartSpec? Chart { get; init; }
}
