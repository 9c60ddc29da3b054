namespace KrBot.Core.Answering;

/// <summary>A piece of a paragraph. Renderers decide the look; the kind says what it is.</summary>
public abstract record Span(string Text);

/// <summary>Plain words.</summary>
public sealed record TextSpan(string Text) : Span(Text);

/// <summary>A figure taken from one fact ("300 million"): shown prominently, always cited.</summary>
public sealed record FigureSpan(string Text, string FactId) : Span(Text);

/// <summary>A number we computed from cited facts (a ratio): always labelled as computed next to it.</summary>
public sealed record ComputedSpan(string Text, IReadOnlyList<string> FactIds) : Span(Text);

/// <summary>A command or an example to type ("/compare dingtalk lark"); not a claim, so not checked for numbers.</summary>
public sealed record CommandSpan(string Text) : Span(Text);

/// <summary>A reference to <see cref="Citation.Number"/>, written "[1]".</summary>
public sealed record CitationMark(int Number) : Span($"[{Number}]");
