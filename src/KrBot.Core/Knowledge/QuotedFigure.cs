namespace KrBot.Core.Knowledge;

/// <summary>
/// A figure as a quote writes it (<see cref="Text"/>: "USD 6.4 billion"), read as a number (6.4), the scale word
/// it was written with ("billion", "bn", "亿"; null when none), its absolute value and its currency as an ISO code.
/// </summary>
internal sealed record QuotedFigure(string Text, decimal Number, string? Scale, decimal Absolute, string? Currency);
