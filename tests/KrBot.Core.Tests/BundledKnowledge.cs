using KrBot.Core.Answering;
using FactBase = KrBot.Core.Knowledge.FactBase;
using KnowledgeLoader = KrBot.Core.Knowledge.KnowledgeLoader;

namespace KrBot.Core.Tests;

/// <summary>The repository's own fact base (copied beside the tests by the build), loaded once for all tests.</summary>
internal static class BundledKnowledge
{
    private static readonly Lazy<FactBase> Loaded = new(() =>
    {
        var result = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        return result.FactBase ?? throw new InvalidOperationException(string.Join("\n", result.Problems));
    });

    private static readonly Lazy<Answerer> SharedAnswerer = new(() => new Answerer(Loaded.Value));

    public static FactBase Facts => Loaded.Value;

    public static Answerer Answerer => SharedAnswerer.Value;
}
