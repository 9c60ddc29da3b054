using KrBot.Core.Knowledge;

namespace KrBot.Core.Answering;

/// <summary>The commands the fact base gives the bot: one per entity, plus the built-in ones.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandHelp> For(FactBase facts, IEnumerable<CommandHelp>? hostCommands = null)
    {
        var commands = new List<CommandHelp>
        {
            new("help", "What I can answer and how to ask"),
            new("compare", "Compare two names, e.g. /compare dingtalk wechatwork"),
            new("sources", "Where the facts come from"),
        };
        commands.AddRange(facts.Entities.Select(e => new CommandHelp(e.Id, $"{e.Name}: figures and facts, with sources")));
        if (hostCommands is not null) commands.AddRange(hostCommands);
        return commands;
    }
}
