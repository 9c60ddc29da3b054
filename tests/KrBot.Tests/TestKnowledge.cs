using KrBot.Core.Knowledge;

namespace KrBot.Tests;

/// <summary>The repository's fact base, which the KrBot build copies beside the test binaries.</summary>
internal static class TestKnowledge
{
    private static readonly Lazy<FactBase> Loaded = new(() =>
        KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge")).FactBase
        ?? throw new InvalidOperationException("the bundled fact base does not load"));

    public static FactBase Facts => Loaded.Value;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "knowledge");
}
