using KrBot.Core.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Hosting;

/// <summary>Finds and loads the configured fact base once, at start; a broken one stops the program with its problems.</summary>
internal static partial class FactBaseLoader
{
    public static FactBase Load(IOptions<KnowledgeOptions> options, IHostEnvironment environment, TimeProvider timeProvider, ILogger logger)
    {
        var path = Resolve(options.Value.Path, environment.ContentRootPath);
        var started = timeProvider.GetTimestamp();
        var result = KnowledgeLoader.Load(path);
        var facts = result.FactBase ?? throw new KnowledgeLoadException(path, result.Problems);
        Loaded(logger, facts.Facts.Count, facts.Entities.Count, path, timeProvider.GetElapsedTime(started).TotalMilliseconds);
        return facts;
    }

    [LoggerMessage(1, LogLevel.Information, "Fact base loaded: {Facts} facts on {Entities} entities from {Path} in {Milliseconds:F1} ms")]
    private static partial void Loaded(ILogger logger, int facts, int entities, string path, double milliseconds);

    /// <summary>
    /// A relative path means "next to where you run it" first, then "next to the program": the build copies the
    /// bundled fact base beside the binary, so `dotnet run` from any folder still finds it.
    /// </summary>
    public static string Resolve(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured)) return configured;
        var fromRoot = Path.Combine(contentRoot, configured);
        if (Directory.Exists(fromRoot)) return fromRoot;
        var fromBinary = Path.Combine(AppContext.BaseDirectory, configured);
        return Directory.Exists(fromBinary) ? fromBinary : fromRoot;
    }
}
