namespace KrBot.Core.Answering;

/// <summary>A follow-up the user can take: <see cref="Label"/> is shown, <see cref="Question"/> is asked when chosen.</summary>
public sealed record Suggestion(string Label, string Question);
