namespace KrBot.Core.Understanding;

/// <summary>
/// An alias found in a question: its target, where it starts (the token index; inside a Han run, plus a fraction
/// for the character offset, so matches keep their order) and how sure we are (0-1).
/// </summary>
public sealed record AliasMatch(AliasTarget Target, double Position, double Confidence);
