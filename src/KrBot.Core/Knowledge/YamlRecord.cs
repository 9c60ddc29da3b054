using System.Globalization;
using FuzzySharp;

namespace KrBot.Core.Knowledge;

/// <summary>
/// One hand-written entry (a YAML mapping) read field by field. Every problem is reported with the file and the
/// line of the field at fault, and a key nobody reads is reported too, so a typo like "qoute" cannot pass silently.
/// A misspelt key is one mistake, so it is reported once ("did you mean “quote”?"), not also as a missing field.
/// </summary>
internal sealed class YamlRecord
{
    /// <summary>FuzzySharp ratio from which an unknown key is taken for a misspelling of a missing one.</summary>
    private const int TypoRatio = 70;

    private readonly FactMap _node;
    private readonly Dictionary<string, FactNode> _fields = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly List<KnowledgeProblem> _problems;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<string> _missing = [];

    public YamlRecord(FactMap node, string file, List<KnowledgeProblem> problems)
    {
        _node = node;
        foreach (var (key, value) in node.Fields)
        {
            if (key is FactScalar { Value: { } name }) _fields.TryAdd(name, value);
        }

        _file = file;
        _problems = problems;
        Location = At(node);
    }

    public SourceLocation Location { get; }

    /// <summary>Whether anything in this entry was reported: checks across entries skip it rather than add noise.</summary>
    public bool HasProblems { get; private set; }

    /// <summary>Whether the key is written at all, even with a value that does not parse.</summary>
    public bool Has(string key) => Find(key) is not null;

    public string? OptionalString(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is FactScalar scalar) return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        Report(node, $"“{key}” must be a single value");
        return null;
    }

    public string RequiredString(string key)
    {
        var value = OptionalString(key);
        if (value is null && Find(key) is null) _missing.Add(key);
        else if (value is null && Find(key) is FactScalar) Report(Find(key)!, $"“{key}” is empty");
        return value ?? "";
    }

    public decimal? OptionalDecimal(string key, string hint)
    {
        var text = OptionalString(key);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        Report(Find(key)!, $"“{key}” must be a number, not “{text}”{hint}");
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
        if (node is FactScalar single && !string.IsNullOrWhiteSpace(single.Value)) return [(single.Value.Trim(), At(single))];
        if (node is not FactList sequence)
        {
            Report(node, $"“{key}” must be a list like [a, b]");
            return [];
        }

        var items = new List<(string, SourceLocation)>();
        foreach (var item in sequence.Items)
        {
            if (item is FactScalar scalar && !string.IsNullOrWhiteSpace(scalar.Value)) items.Add((scalar.Value.Trim(), At(item)));
            else Report(item, $"every entry of “{key}” must be a non-empty value");
        }

        return items;
    }

    public SourceLocation LocationOf(string key) => Find(key) is { } node ? At(node) : Location;

    /// <summary>Reports at the field's line (or the entry's, when the field is absent).</summary>
    public void Report(string key, string message) => Report(Find(key) ?? _node, message);

    /// <summary>
    /// Reports the keys no reader asked for (typos or fields we do not support) and the required keys absent,
    /// pairing a misspelt key with the missing one it resembles.
    /// </summary>
    public void Finish()
    {
        foreach (var (keyNode, _) in _node.Fields)
        {
            if (keyNode is not FactScalar { Value: { } name })
            {
                Report(keyNode, "a field name must be a single word, like “id”");
                continue;
            }

            if (_read.Contains(name)) continue;
            var meant = _missing.FirstOrDefault(m => IsTypoOf(name, m));
            if (meant is null)
            {
                Report(keyNode, $"unknown field “{name}”");
                continue;
            }

            Report(keyNode, $"unknown field “{name}”: did you mean “{meant}”?");
            _missing.Remove(meant);
        }

        foreach (var key in _missing) Report(_node, $"missing “{key}”");
    }

    // Short keys ("id") get no useful ratio, so two letters swapped count as a typo too ("di").
    private static bool IsTypoOf(string written, string meant) =>
        Fuzz.Ratio(written, meant) >= TypoRatio || written.Order().SequenceEqual(meant.Order());

    private void Report(FactNode node, string message)
    {
        HasProblems = true;
        _problems.Add(new KnowledgeProblem(At(node), message));
    }

    private FactNode? Find(string key)
    {
        _read.Add(key);
        return _fields.GetValueOrDefault(key);
    }

    private SourceLocation At(FactNode node) => new(_file, node.Line);
}
