namespace KrBot.Core.Understanding;

/// <summary>An alias found in a question: its target, where it starts (token index) and how sure we are (0-1).</summary>
public sealed record AliasMatch(AliasTarget Target, int Position, double Confidence);
