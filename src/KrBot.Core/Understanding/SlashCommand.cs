using System.Text.RegularExpressions;

namespace KrBot.Core.Understanding;

/// <summary>
/// "/compare@KrBot dingtalk lark" split into name, addressed bot and arguments. Names are lower-cased:
/// Telegram menus use a-z0-9_ only, but people type /DingTalk too.
/// </summary>
public sealed partial record SlashCommand(string Name, string? BotUsername, string Arguments)
{
    public static SlashCommand? TryParse(string text)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        var bot = m.Groups[2].Success ? m.Groups[2].Value : null;
        return new SlashCommand(m.Groups[1].Value.ToLowerInvariant(), bot, m.Groups[3].Value.Trim());
    }

    /// <summary>True when addressed to no bot in particular, or to the bot with this username (case-insensitive).</summary>
    public bool IsFor(string? botUsername) =>
        BotUsername is null || (botUsername is not null && BotUsername.Equals(botUsername, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$")]
    private static partial Regex Pattern();
}
