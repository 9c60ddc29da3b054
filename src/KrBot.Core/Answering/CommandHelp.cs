namespace KrBot.Core.Answering;

/// <summary>A command as listed in /help and in Telegram's command menu (name without the slash).</summary>
public sealed record CommandHelp(string Name, string Description);
