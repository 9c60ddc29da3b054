namespace KrBot.Telegram;

/// <summary>Who the bot is, learned from getMe at start: commands addressed to another bot are not ours.</summary>
internal sealed class BotIdentity
{
    public long Id { get; private set; }

    public string Username { get; private set; } = "";

    public bool IsKnown => Id != 0;

    public void Set(long id, string username)
    {
        Id = id;
        Username = username;
    }
}
