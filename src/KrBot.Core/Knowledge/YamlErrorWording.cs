namespace KrBot.Core.Knowledge;

/// <summary>
/// YamlDotNet's messages name parser states ("while parsing a block collection, did not find expected '-'
/// indicator"); curators need the mistake behind them. The usual ones are reworded; the rest keep the parser's words.
/// </summary>
internal static class YamlErrorWording
{
    private static readonly (string Says, string Means)[] Known =
    [
        ("did not find expected '-' indicator", "this line does not line up with the lines around it: indent each field of an entry like its other fields"),
        ("did not find expected key", "this line does not line up with the lines around it: indent each field of an entry like its other fields"),
        ("Mapping values are not allowed in this context", "a second “: ” on one line: put a value that contains “: ” in quotes"),
        ("found unknown escape character", "an unknown escape after “\\” in a double-quoted value: write “\\\\” for a backslash, or use single quotes"),
        ("double-quoted scalar, found wrong indentation", "this quoted value is never closed: end it with a closing “\"”"),
        ("quoted scalar, found unexpected end of stream", "this quoted value is never closed: end it with a closing quote"),
    ];

    public static string Explain(string message) =>
        Known.FirstOrDefault(k => message.Contains(k.Says, StringComparison.OrdinalIgnoreCase)).Means ?? $"not valid YAML: {message}";
}
