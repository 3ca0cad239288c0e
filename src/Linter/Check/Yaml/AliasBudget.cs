using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GoalLint.Check.Yaml;

/// <summary>
/// Refuses a YAML document whose aliases expand it past <see cref="MaxNodes"/> nodes: a
/// "billion laughs" file is a few hundred bytes of anchors that each repeat the one before, and
/// whatever walks the loaded values (list edits, <c>rules list</c>, reports) would walk every copy.
/// Counting needs one pass over the parser's events and no expansion.
/// </summary>
internal static class AliasBudget
{
    /// <summary>Far above any rule pack or config (a few thousand nodes), far below a bomb.</summary>
    public const long MaxNodes = 100_000;

    /// <summary>Throws a <see cref="YamlException"/> at the node where the expanded size passes the budget.</summary>
    public static void Check(string yaml)
    {
        // No '&', no anchor, so nothing an alias could repeat: most rule files, and a second parse of each was a tenth of a warm start-up.
        if (!yaml.Contains('&'))
        {
            return;
        }

        var expanded = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes)>();
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            long nodes;
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    nodes = expanded.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                case Scalar scalar:
                    nodes = 1;
                    Remember(expanded, scalar.Anchor, nodes);
                    break;
                case NodeEvent collection when collection is SequenceStart or MappingStart:
                    open.Push((collection.Anchor.IsEmpty ? null : collection.Anchor.Value, 1));
                    continue;
                case SequenceEnd or MappingEnd:
                    (var anchor, nodes) = open.Pop();
                    if (anchor is not null)
                    {
                        expanded[anchor] = nodes;
                    }

                    break;
                default:
                    continue;
            }

            if (open.TryPop(out var parent))
            {
                open.Push((parent.Anchor, parent.Nodes + nodes));
                if (parent.Nodes + nodes > MaxNodes)
                {
                    throw new YamlException(parser.Current!.Start, parser.Current.End, $"aliases expand this document past {MaxNodes:N0} nodes; anchors that repeat each other (an alias bomb) are not read");
                }
            }
        }
    }

    private static void Remember(Dictionary<string, long> expanded, AnchorName anchor, long nodes)
    {
        if (!anchor.IsEmpty)
        {
            expanded[anchor.Value] = nodes;
        }
    }
}
