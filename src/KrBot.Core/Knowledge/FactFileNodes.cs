namespace KrBot.Core.Knowledge;

/// <summary>
/// A fact file as the loader needs it: values, lists and field sets, each with its line. Built straight from the
/// YAML parser's events (<see cref="FactFileParser"/>): YamlDotNet's representation model keeps far more per node,
/// and with 100,000 facts its trees were most of the time and memory that loading took.
/// </summary>
internal abstract record FactNode(int Line);

internal sealed record FactScalar(string? Value, int Line) : FactNode(Line);

internal sealed record FactList(IReadOnlyList<FactNode> Items, int Line) : FactNode(Line);

/// <summary>A set of fields in the order written; a key is usually a <see cref="FactScalar"/>, but YAML allows others.</summary>
internal sealed record FactMap(IReadOnlyList<(FactNode Key, FactNode Value)> Fields, int Line) : FactNode(Line);
