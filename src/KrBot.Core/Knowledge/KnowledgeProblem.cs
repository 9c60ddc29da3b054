namespace KrBot.Core.Knowledge;

/// <summary>Something wrong in the fact base, printed as <c>file:line: message</c>.</summary>
public sealed record KnowledgeProblem(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
