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
    IReadOnlyList<string> ExactAliases);
