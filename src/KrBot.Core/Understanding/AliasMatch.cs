namespace KrBot.Core.Understanding;

/// <summary>
/// An alias found in a question: its target, where it starts (the token index; inside a Han run, plus a fraction
/// for the character offset, so matches keep their order), how sure we are (0-1), the key it matched and, for Latin
/// aliases, how many tokens it spans (0 inside a Han run).
/// </summary>
public sealed record AliasMatch(AliasTarget Target, double Position, double Confidence, string Key = "", int Tokens = 0);

/// <summary>An entity match that may be part of a longer, misspelt name of another entity ("wechat workk").</summary>
public sealed record NearMiss(AliasMatch Match, string LongerNameEntityId);
