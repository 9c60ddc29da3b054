using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// getUpdates whose result is left as raw JSON elements. Telegram.Bot's own GetUpdates reads the whole array into
/// <c>Update[]</c>, so one update it cannot read (a status newer than the library, a lone surrogate) fails the batch
/// and, since the offset never moves, every batch after it. Reading elements one by one confines the damage to one.
/// </summary>
internal sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    /// <summary>Null at start: Telegram then serves its oldest unconfirmed update, whatever its id.</summary>
    public int? Offset { get; init; }

    public int? Limit { get; init; }

    public int? Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
