namespace KrBot.Core.Knowledge;

/// <summary>The outcome of loading: a fact base only when there were no problems at all.</summary>
public sealed record KnowledgeLoadResult(FactBase? FactBase, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool Succeeded => FactBase is not null;
}
