using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace KrBot.Core.Knowledge;

/// <summary>
/// One hand-written entry (a YAML mapping) read field by field. Every problem is reported with the file and the
/// line of the field at fault, and a key nobody reads is reported too, so a typo like "qoute" cannot pass silently.
/// </summary>
internal sealed class YamlRecord
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly List<KnowledgeProblem> _problems;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlRecord(YamlMappingNode node, string file, List<KnowledgeProblem> problems)
    {
        _node = node;
        _file = file;
        _problems = problems;
        Location = At(node);
    }

    public SourceLocation Location { get; }

    public string? OptionalString(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        Report(node, $"“{key}” must be a single value");
        return null;
    }

    public string RequiredString(string key)
    {
        var value = OptionalString(key);
        if (value is null && Find(key) is null) Report(_node, $"missing “{key}”");
        else if (value is null) Report(Find(key)!, $"“{key}” is empty");
        return value ?? "";
    }

    public decimal? OptionalDecimal(string key)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        Report(Find(key)!, $"“{key}” must be a number, not “{text}”");
        return null;
    }

    public bool OptionalBool(string key)
    {
        var text = OptionalString(key);
        if (text is null) return false;
        if (bool.TryParse(text, out var value)) return value;
        Report(Find(key)!, $"“{key}” must be true or false, not “{text}”");
        return false;
    }

    /// <summary>A list of plain values, each with its own line so a bad alias can be pointed at.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> List(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is YamlScalarNode single && !string.IsNullOrWhiteSpace(single.Value)) return [(single.Value.Trim(), At(single))];
        if (node is not YamlSequenceNode sequence)
        {
            Report(node, $"“{key}” must be a list like [a, b]");
            return [];
        }

        var items = new List<(string, SourceLocation)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value)) items.Add((scalar.Value.Trim(), At(item)));
            else Report(item, $"every entry of “{key}” must be a non-empty value");
        }

        return items;
    }

    public SourceLocation LocationOf(string key) => Find(key) is { } node ? At(node) : Location;

    /// <summary>Reports keys that no reader asked for: they are typos or fields we do not support.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var key in _node.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is { } name && !_read.Contains(name)) Report(key, $"unknown field “{name}”");
        }
    }

    public void Report(YamlNode node, string message) => _problems.Add(new KnowledgeProblem(At(node), message));

    private YamlNode? Find(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    // YamlDotNet marks are 1-based lines.
    private SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line);
}
