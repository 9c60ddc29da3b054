using System.Text;

namespace KrBot.Terminal;

/// <summary>
/// Line editing and history for the interactive chat, over raw keys: Left/Right, Home/End (Ctrl+A/E), Backspace,
/// Delete, Ctrl+U, Up/Down through earlier questions, Enter, and Ctrl+D on an empty line to leave. The line is
/// redrawn with ANSI sequences; Chinese characters take two columns. (RadLine, the one editing library served here,
/// is a preview pinned to an old Spectre.Console; this is the little of it the chat needs.)
/// </summary>
internal sealed class LineEditor(Func<ConsoleKeyInfo> readKey, TextWriter output)
{
    private readonly List<string> _history = [];

    /// <summary>The line typed, or null when the person pressed Ctrl+D on an empty line.</summary>
    public string? ReadLine(string prompt)
    {
        output.Write(prompt);
        output.Flush();
        var line = new StringBuilder();
        var cursor = 0;
        var recalled = _history.Count;
        while (true)
        {
            var key = readKey();
            var control = key.Modifiers.HasFlag(ConsoleModifiers.Control);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    output.WriteLine();
                    var text = line.ToString();
                    if (text.Trim().Length > 0 && (_history.Count == 0 || _history[^1] != text)) _history.Add(text);
                    return text;
                case ConsoleKey.D when control && line.Length == 0:
                    return null;
                case ConsoleKey.D when control:
                case ConsoleKey.Delete:
                    if (cursor < line.Length) line.Remove(cursor, 1);
                    break;
                case ConsoleKey.Backspace when cursor > 0:
                    line.Remove(--cursor, 1);
                    break;
                case ConsoleKey.LeftArrow when cursor > 0:
                    cursor--;
                    break;
                case ConsoleKey.RightArrow when cursor < line.Length:
                    cursor++;
                    break;
                case ConsoleKey.Home:
                case ConsoleKey.A when control:
                    cursor = 0;
                    break;
                case ConsoleKey.End:
                case ConsoleKey.E when control:
                    cursor = line.Length;
                    break;
                case ConsoleKey.U when control:
                    line.Remove(0, cursor);
                    cursor = 0;
                    break;
                case ConsoleKey.UpArrow when recalled > 0:
                    cursor = Replace(line, _history[--recalled]);
                    break;
                case ConsoleKey.DownArrow when recalled < _history.Count:
                    cursor = Replace(line, ++recalled < _history.Count ? _history[recalled] : "");
                    break;
                default:
                    if (key.KeyChar != '\0' && !char.IsControl(key.KeyChar)) line.Insert(cursor++, key.KeyChar);
                    break;
            }

            Redraw(prompt, line, cursor);
        }
    }

    private static int Replace(StringBuilder line, string text)
    {
        line.Clear().Append(text);
        return line.Length;
    }

    // Back to the line's start, prompt and text again, erase what was longer, then the cursor back to its place.
    private void Redraw(string prompt, StringBuilder line, int cursor)
    {
        output.Write("\r" + prompt + line + "\u001b[K");
        var back = Columns(line.ToString(cursor, line.Length - cursor));
        if (back > 0) output.Write($"\u001b[{back}D");
        output.Flush();
    }

    /// <summary>Terminal columns: East Asian wide characters (Chinese, full-width forms) take two.</summary>
    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c)) continue;
            columns += c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
                or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
                || char.IsHighSurrogate(c) ? 2 : 1;
        }

        return columns;
    }
}
