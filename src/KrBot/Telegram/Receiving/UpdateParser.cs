using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// Turns one raw update into a Telegram.Bot <see cref="Update"/>, or into "unreadable" with its id and the reason.
/// Telegram adds fields and enum values without notice; the library may fail on them, and that must cost one
/// update, not the bot.
/// </summary>
internal static class UpdateParser
{
    public static IncomingUpdate Parse(JsonElement element)
    {
        var id = IdOf(element);
        try
        {
            var update = element.Deserialize<Update>(JsonBotAPI.Options);
            return update is null || id is null
                ? new IncomingUpdate(id, null, "it has no update_id")
                : new IncomingUpdate(id, update);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the library throws on an update it cannot read (its converters are not ours to trust), one
            // unreadable update must never end the receiving loop.
            // The message names the JSON path and the problem (e.g. "$.message.text: invalid UTF-16"), not the content.
            return new IncomingUpdate(id, null, e.Message);
        }
    }

    private static int? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("update_id", out var id)
        && id.ValueKind == JsonValueKind.Number
        && id.TryGetInt32(out var value)
            ? value
            : null;
}
