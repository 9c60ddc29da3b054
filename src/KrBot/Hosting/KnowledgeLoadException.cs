using KrBot.Core.Knowledge;

namespace KrBot.Hosting;

/// <summary>The fact base could not be loaded: the problems say where, as file:line.</summary>
internal sealed class KnowledgeLoadException(string path, IReadOnlyList<KnowledgeProblem> problems)
    : Exception($"The fact base at “{path}” has {problems.Count} problem(s); run `krbot validate {path}` to list them.")
{
    public string Path { get; } = path;

    public IReadOnlyList<KnowledgeProblem> Problems { get; } = problems;
}
