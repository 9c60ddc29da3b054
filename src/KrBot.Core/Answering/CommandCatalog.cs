using KrBot.Core.Knowledge;
using KrBot.Core.Languages;

namespace KrBot.Core.Answering;

/// <summary>The commands the fact base gives the bot: one per entity, plus the built-in ones, described in a language.</summary>
public static class CommandCatalog
{
    public static readonly IReadOnlyList<string> BuiltIn = ["help", "compare", "sources"];

    /// <param name="hostCommands">Names of the commands the host adds (subscriptions, language), described by the language too.</param>
    public static IReadOnlyList<CommandHelp> For(FactBase facts, Language language, IEnumerable<string>? hostCommands = null)
    {
        var commands = BuiltIn.Select(name => Describe(language, name)).ToList();
        commands.AddRange(facts.Entities.Select(e => new CommandHelp(e.Id, language.EntityCommandDescription(e))));
        if (hostCommands is not null) commands.AddRange(hostCommands.Select(name => Describe(language, name)));
        return commands;
    }

    private static CommandHelp Describe(Language language, string name) =>
        new(name, language.CommandDescription(name) ?? throw new ArgumentException($"{language} has no description of /{name}", nameof(name)));
}
