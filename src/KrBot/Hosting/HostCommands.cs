using KrBot.Core.Answering;

namespace KrBot.Hosting;

/// <summary>Commands the host adds to those of the fact base; /help and Telegram's menu list them.</summary>
internal static class HostCommands
{
    public static readonly IReadOnlyList<CommandHelp> All = [];
}
