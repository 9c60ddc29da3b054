using Telegram.Bot.Types;

namespace KrBot.Telegram.Receiving;

/// <summary>One element of a getUpdates batch or one webhook body: the update, or why it could not be read.</summary>
/// <param name="Id">Its update_id; null only if even that was unreadable.</param>
/// <param name="Update">Null when the library could not read it.</param>
/// <param name="Problem">Why it could not be read (the parser's message, never the update's content).</param>
internal sealed record IncomingUpdate(int? Id, Update? Update, string? Problem = null);
