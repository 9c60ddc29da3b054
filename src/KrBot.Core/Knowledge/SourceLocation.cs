namespace KrBot.Core.Knowledge;

/// <summary>Where something was written in the fact base, so problems can name file:line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
