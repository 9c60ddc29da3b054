using KrBot.Core.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Hosting;

/// <summary>Finds and loads the configured fact base once, at start; a broken one stops the program with its problems.</summary>
internal static partial class FactBaseLoader
{
    public static FactBase Load(IOptions<KnowledgeOptions> options, TimeProvider timeProvider, ILogger logger)
    {
        var path = Resolve(options.Value.Path);
        var started = timeProvider.GetTimestamp();
        var result = KnowledgeLoader.Load(path);
        var facts = result.FactBase ?? throw new KnowledgeLoadException(path, result.Problems);
        Loaded(logger, facts.Facts.Count, facts.Entities.Count, path, timeProvider.GetElapsedTime(started).TotalMilliseconds);
        return facts;
    }

    [LoggerMessage(1, LogLevel.Information, "Fact base loaded: {Facts} facts on {Entities} entities from {Path} in {Milliseconds:F1} ms")]
    private static partial void Loaded(ILogger logger, int facts, int entities, string path, double milliseconds);

    /// <summary>
    /// A relative path is relative to the current folder, as for any command a person types. Only when no such
    /// folder is there does the copy shipped beside the program count (the build copies the bundled fact base next
    /// to the binary, so `dotnet run` from any folder still finds it); a path found nowhere is reported as given
    /// from the current folder.
    /// </summary>
    public static string Resolve(string configured)
    {
        var fromHere = Path.GetFullPath(configured);
        if (Path.IsPathRooted(configured) || Directory.Exists(fromHere)) return fromHere;
        var shipped = Path.Combine(AppContext.BaseDirectory, configured);
        return Directory.Exists(shipped) ? shipped : fromHere;
    }
}
