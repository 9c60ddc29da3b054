namespace KrBot.Core.Tests.Knowledge;

/// <summary>What the generated damage tests expect from a broken fact base.</summary>
internal enum Expect
{
    /// <summary>The damage certainly breaks the base: at least one problem.</summary>
    Problem,

    /// <summary>The damage changes nothing the loader reads (a comment).</summary>
    NoProblem,

    /// <summary>The damage may leave a valid base (a shorter note, a bracket inside a name).</summary>
    Anything,
}

/// <summary>
/// The line structure of one of our fact files, read without a YAML parser so it can judge the loader: entries
/// start with "- ", fields are "key: value" on one line, comments are whole lines starting with "#".
/// </summary>
internal sealed class FactFileLayout
{
    public FactFileLayout(string text)
    {
        var start = 0;
        foreach (var content in text.Split('\n'))
        {
            Lines.Add(LayoutLine.Read(content, start));
            start += content.Length + 1;
        }
    }

    public List<LayoutLine> Lines { get; } = [];

    /// <summary>
    /// Whether keeping only the text before <paramref name="position"/> leaves an entry without one of its
    /// required fields: the cut falls after the entry's "-" and at or before the first character of the value of
    /// the last required field it writes.
    /// </summary>
    public bool CutBreaksAnEntry(int position, string[] required)
    {
        var entryStart = Lines.LastOrDefault(l => l.StartsEntry && l.Start < position);
        if (entryStart is null) return false;
        var entry = Lines.SkipWhile(l => l != entryStart).TakeWhile(l => l == entryStart || !l.StartsEntry && !l.IsBlank);
        var lastRequired = entry.LastOrDefault(l => l.Key is { } key && required.Contains(key));
        return lastRequired?.ValueStart is { } valueStart && position <= valueStart;
    }

    /// <summary>What an unclosed bracket inserted at <paramref name="position"/> must do.</summary>
    public Expect BracketAt(int position)
    {
        var line = Lines.Last(l => l.Start <= position);
        var column = position - line.Start;
        if (line.CommentStart is { } hash && column > hash) return Expect.NoProblem;
        // Inside a plain or quoted value, a bracket is text: the value changes but may stay valid.
        if (line.ValueStart is { } value && line.ValueIsScalar && position > value) return Expect.Anything;
        return Expect.Problem;
    }
}

internal sealed record LayoutLine(int Start, string Content, string? Key, int? ValueStart, bool ValueIsScalar, int? CommentStart)
{
    public bool StartsEntry => Content.StartsWith("- ", StringComparison.Ordinal);

    public bool IsBlank => Content.Trim().Length == 0;

    public static LayoutLine Read(string content, int start)
    {
        var trimmed = content.TrimStart();
        if (trimmed.StartsWith('#')) return new(start, content, null, null, false, content.Length - trimmed.Length);
        var body = trimmed.StartsWith("- ", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
        var colon = body.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0) return new(start, content, null, null, false, null);
        var valueColumn = content.Length - body.Length + colon + 2;
        var value = content[valueColumn..];
        return new(start, content, body[..colon], start + valueColumn, value.Length > 0 && value[0] is not '[' and not '{', null);
    }
}
