using KrBot.Core.Knowledge;
using KrBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KrBot.Terminal;

/// <summary><c>validate [path]</c>: every problem as file:line: message; exit 1 if there is any.</summary>
internal static class ValidateCommand
{
    public static int Run(CommandLine line, TextWriter output, TextWriter error)
    {
        var path = line.Arguments.Length == 1 ? line.Arguments[0] : ConfiguredPath(line.Settings);
        var result = KnowledgeLoader.Load(path);
        foreach (var problem in result.Problems) output.WriteLine(problem.ToString());
        if (result.FactBase is not { } facts)
        {
            // The summary goes where the problems went: one stream to read or to pipe.
            output.WriteLine($"{result.Problems.Count} problem(s) in {path}.");
            return KrBotCli.KnowledgeInvalid;
        }

        output.WriteLine($"{path}: OK — {facts.Sources.Count} sources, {facts.Entities.Count} entities, {facts.Metrics.Count} metrics, {facts.Facts.Count} facts.");
        return KrBotCli.Ok;
    }

    private static string ConfiguredPath(string[] overrides)
    {
        var settings = KrBotCli.HostSettings(overrides);
        var builder = Host.CreateApplicationBuilder(settings);
        var configured = builder.Configuration[$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.Path)}"] ?? new KnowledgeOptions().Path;
        return FactBaseLoader.Resolve(configured);
    }
}
