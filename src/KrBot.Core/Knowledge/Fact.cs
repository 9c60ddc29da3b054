namespace KrBot.Core.Knowledge;

/// <summary>
/// One thing a source says. A fact has a <see cref="Quantity"/>, a figure in <see cref="Words"/> ("one-fifth"),
/// or only a <see cref="Statement"/>; it always has its date at its true precision, its source and its quote.
/// </summary>
public sealed record Fact(
    string Id,
    string EntityId,
    IReadOnlyList<string> AlsoEntityIds,
    string? ObjectEntityId,
    string MetricId,
    Quantity? Quantity,
    string? Words,
    string? Statement,
    AsOf AsOf,
    bool Forecast,
    string? SaidBy,
    string SourceId,
    string Quote,
    string? Note,
    SourceLocation Location)
{
    public bool HasFigure => Quantity is not null || Words is not null;

    /// <summary>The source gives the day or month but not the year; the year comes from its context. Answers mark such dates.</summary>
    public bool YearFromContext { get; init; }

    /// <summary>Facts this one corrects: they stay in the files for the record, but are never stated.</summary>
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>Facts of the same measure and date that give another figure: the sources disagree, and answers say so.</summary>
    public IReadOnlyList<string> Disputes { get; init; } = [];

    /// <summary>
    /// The curated Chinese of <see cref="Statement"/>, <see cref="Words"/>, <see cref="Note"/> and <see cref="SaidBy"/>:
    /// faithful to them and to the quote, adding nothing. Chinese replies fall back to the English when absent.
    /// </summary>
    public string? StatementZh { get; init; }

    public string? WordsZh { get; init; }

    public string? NoteZh { get; init; }

    public string? SaidByZh { get; init; }

    /// <summary>Every entity the fact is about: its subject, the ones it also concerns, and an owner it names.</summary>
    public bool Concerns(string entityId) =>
        EntityId == entityId || ObjectEntityId == entityId || AlsoEntityIds.Contains(entityId);
}
