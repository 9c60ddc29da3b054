using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KrBot.Core.Knowledge;

/// <summary>
/// Turns a fact file's text into its list of entries, or into one problem that names the line a person has to
/// fix: the bracket never closed rather than the end of the file where the parser gave up, the line that holds
/// the tab rather than the line before it.
/// </summary>
internal static class FactFileParser
{
    /// <summary>Fact files nest three levels (entries, fields, lists of values); far more is a mistake.</summary>
    public const int MaxDepth = 20;

    public static FactList? Parse(string text, string display, List<KnowledgeProblem> problems)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)), MaxDepth);
        var documents = new List<FactNode?>();
        try
        {
            documents = ReadDocuments(parser);
        }
        catch (FactFileException e)
        {
            return Fail(problems, display, e.At.Line, e.Message);
        }
        catch (YamlException e)
        {
            var (line, message) = Explain(e, parser, text);
            return Fail(problems, display, line, message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1 throws this, not a YamlException, on some unclosed [ or {.
            var (line, message) = Unclosed(parser) ?? (parser.Current?.Start.Line ?? 1, "not valid YAML");
            return Fail(problems, display, line, message);
        }

        if (documents.Count > 1)
            return Fail(problems, display, documents[1]?.Line ?? 1, "a second document (after “---”) would be ignored: keep one list of entries per file");
        var root = documents.Count == 0 ? null : documents[0];
        if (root is null or FactScalar { Value: null or "" })
            return Fail(problems, display, 1, "the file holds no entries: add one (“- id: ...”) or delete the file");
        if (root is not FactList sequence)
            return Fail(problems, display, root.Line, "the file must be a list of entries, each starting with “- id:”");
        return sequence;
    }

    private static List<FactNode?> ReadDocuments(IParser parser)
    {
        var documents = new List<FactNode?>();
        var anchors = new Dictionary<string, FactNode>(StringComparer.Ordinal);
        parser.Consume<StreamStart>();
        while (parser.TryConsume<DocumentStart>(out _))
        {
            documents.Add(parser.Current is DocumentEnd ? null : ReadNode(parser, anchors));
            parser.Consume<DocumentEnd>();
        }

        parser.Consume<StreamEnd>();
        return documents;
    }

    private static FactNode ReadNode(IParser parser, Dictionary<string, FactNode> anchors)
    {
        switch (parser.Current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return anchors[alias.Value.Value]; // GuardedParser stops at an alias to no anchor
            case Scalar scalar:
                parser.MoveNext();
                return Anchored(anchors, scalar, new FactScalar(scalar.Value, Line(scalar)));
            case SequenceStart start:
            {
                parser.MoveNext();
                var items = new List<FactNode>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, anchors));
                return Anchored(anchors, start, new FactList(items, Line(start)));
            }

            case MappingStart start:
            {
                parser.MoveNext();
                var fields = new List<(FactNode, FactNode)>();
                var keys = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current!;
                    var key = ReadNode(parser, anchors);
                    if (key is FactScalar { Value: { } name } && !keys.Add(name))
                        throw new FactFileException(keyEvent.Start, $"“{name}” is given twice in this entry");
                    fields.Add((key, ReadNode(parser, anchors)));
                }

                return Anchored(anchors, start, new FactMap(fields, Line(start)));
            }

            default:
                throw new YamlException(parser.Current!.Start, parser.Current.End, $"unexpected {parser.Current.GetType().Name}");
        }
    }

    private static FactNode Anchored(Dictionary<string, FactNode> anchors, NodeEvent node, FactNode built)
    {
        if (!node.Anchor.IsEmpty) anchors[node.Anchor.Value] = built;
        return built;
    }

    // YamlDotNet marks are 1-based lines.
    private static int Line(ParsingEvent e) => (int)e.Start.Line;

    private static (long Line, string Message) Explain(YamlException e, GuardedParser parser, string text)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // An error past the line of a [ or { still open, or at the very end, is that bracket never closed.
        if (Unclosed(parser) is { } unclosed && (e.Start.Line > unclosed.Line || e.Start.Index >= text.TrimEnd().Length))
            return unclosed;
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return (LineWithIndentingTab(text, e.Start.Line, e.End.Line), "a tab in the indentation: YAML indents with spaces only");
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
            return (e.Start.Line, $"“{message["Duplicate key".Length..].Trim()}” is given twice in this entry");
        return (e.Start.Line, YamlErrorWording.Explain(message));
    }

    private static (long Line, string Message)? Unclosed(GuardedParser parser) => parser.OpenFlowCollection switch
    {
        YamlDotNet.Core.Events.SequenceStart s => (s.Start.Line, "this “[” is never closed: end the list with “]”"),
        { } m => (m.Start.Line, "this “{” is never closed: end it with “}”"),
        null => null,
    };

    /// <summary>YamlDotNet marks a tab at the start of the scalar it was reading, often the line before.</summary>
    private static long LineWithIndentingTab(string text, long from, long to)
    {
        var lines = text.Split('\n');
        for (var line = from; line <= Math.Min(to, lines.Length); line++)
        {
            var content = lines[line - 1];
            if (content[..(content.Length - content.TrimStart().Length)].Contains('\t')) return line;
        }

        return from;
    }

    private static FactList? Fail(List<KnowledgeProblem> problems, string display, long line, string message)
    {
        problems.Add(new KnowledgeProblem(new SourceLocation(display, (int)Math.Max(1, line)), message));
        return null;
    }
}
