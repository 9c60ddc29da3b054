using KrBot.Core.Knowledge;

namespace KrBot.Core.Answering;

/// <summary>A numbered source and the facts of the answer that come from it.</summary>
public sealed record Citation(int Number, Source Source, IReadOnlyList<string> FactIds);
