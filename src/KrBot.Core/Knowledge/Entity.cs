namespace KrBot.Core.Knowledge;

/// <summary>
/// A thing people ask about. <see cref="Id"/> doubles as its Telegram command, so it is limited to a-z, 0-9 and _.
/// <see cref="ExactAliases"/> match only when typed exactly: fuzzy matching never proposes them.
/// </summary>
public sealed record Entity(
    string Id,
    EntityKind Kind,
    string Name,
    string? OwnerId,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ExactAliases)
{
    /// <summary>The name Chinese replies use (钉钉); null when the entity is known by its <see cref="Name"/> in Chinese too.</summary>
    public string? NameZh { get; init; }

    /// <summary>The traditional-script form of <see cref="NameZh"/> where the character table would not give it.</summary>
    public string? NameZhHant { get; init; }
}
