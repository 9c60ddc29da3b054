using KrBot.Core.Knowledge;
using KrBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KrBot.Terminal;

/// <summary><c>validate [path]</c>: every problem as file:line: message; exit 1 if there is any.</summary>
internal static class ValidateCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length > 1)
        {
            error.WriteLine("validate takes at most one argument: the fact base folder.");
            return KrBotCli.UsageError;
        }

        var path = args.Length == 1 ? args[0] : ConfiguredPath();
        var result = KnowledgeLoader.Load(path);
        foreach (var problem in result.Problems) output.WriteLine(problem.ToString());
        if (result.FactBase is not { } facts)
        {
            error.WriteLine($"{result.Problems.Count} problem(s) in {path}.");
            return KrBotCli.KnowledgeInvalid;
        }

        output.WriteLine($"{path}: OK — {facts.Sources.Count} sources, {facts.Entities.Count} entities, {facts.Metrics.Count} metrics, {facts.Facts.Count} facts.");
        return KrBotCli.Ok;
    }

    private static string ConfiguredPath()
    {
        var settings = KrBotCli.HostSettings([]);
        var builder = Host.CreateApplicationBuilder(settings);
        var configured = builder.Configuration[$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.Path)}"] ?? new KnowledgeOptions().Path;
        return FactBaseLoader.Resolve(configured, settings.ContentRootPath!);
    }
}
