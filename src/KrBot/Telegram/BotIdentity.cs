using System.Text.RegularExpressions;

namespace KrBot.Telegram;

/// <summary>Who the bot is, learned from getMe at start: commands addressed to another bot are not ours.</summary>
internal sealed class BotIdentity
{
    public long Id { get; private set; }

    public string Username { get; private set; } = "";

    /// <summary>"@Username" as a whole word ("@KrBotFan" is somebody else); matches nothing until getMe answered.</summary>
    public Regex Mention { get; private set; } = new("(?!)");

    public void Set(long id, string username)
    {
        Id = id;
        Username = username;
        Mention = new Regex($@"(?<![\w@])@{Regex.Escape(username)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
