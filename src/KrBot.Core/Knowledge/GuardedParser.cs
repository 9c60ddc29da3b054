using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KrBot.Core.Knowledge;

/// <summary>
/// Passes YamlDotNet's events through and stops at what its node builder cannot survive: nesting deep enough to
/// overflow the stack, an alias to an anchor not defined above (reported by the builder at line 1), and an alias
/// to the collection it sits in (a node that contains itself). It also remembers the flow collections ([...] and
/// {...}) still open, so an error can be blamed on the bracket that was never closed.
/// </summary>
internal sealed class GuardedParser(IParser inner, int maxDepth) : IParser
{
    private readonly Stack<NodeEvent> _open = new();
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

    public ParsingEvent? Current => inner.Current;

    /// <summary>The innermost [ or { not yet closed, if any.</summary>
    public NodeEvent? OpenFlowCollection => _open.FirstOrDefault(e => e is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow });

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case AnchorAlias alias when !_anchors.Contains(alias.Value.Value):
                throw new FactFileException(alias.Start, $"“*{alias.Value.Value}” refers to no anchor “&{alias.Value.Value}” defined above it");
            case AnchorAlias alias when _open.Any(e => e.Anchor == alias.Value):
                throw new FactFileException(alias.Start, $"“*{alias.Value.Value}” refers to the entry it is part of");
            case SequenceStart or MappingStart:
                var start = (NodeEvent)inner.Current;
                _open.Push(start);
                if (_open.Count > maxDepth)
                    throw new FactFileException(start.Start, $"nested more than {maxDepth} levels deep: a fact file is a list of entries whose fields hold values or lists of values");
                Define(start.Anchor);
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                _open.Pop();
                break;
            case Scalar scalar:
                Define(scalar.Anchor);
                break;
        }

        return true;
    }

    private void Define(AnchorName anchor)
    {
        if (!anchor.IsEmpty) _anchors.Add(anchor.Value);
    }
}
