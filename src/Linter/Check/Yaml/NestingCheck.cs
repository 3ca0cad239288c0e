using YamlDotNet.Core;

namespace GoalLint.Check.Yaml;

/// <summary>
/// Refuses YAML nested deeper than <see cref="MaxDepth"/> in one pass over the text, before any
/// parser sees it: YamlDotNet's scanner does work per open flow level on every token, so
/// 200,000 nested brackets took it 95 s to refuse. Depth is block levels (indentation and
/// <c>- </c> entries) plus flow levels (<c>[</c>, <c>{</c>); quoted text, comments and block
/// scalars (<c>|</c>, <c>&gt;</c>) are skipped. The parser's own recursion limit stays as the net.
/// </summary>
internal static class NestingCheck
{
    public const int MaxDepth = 64;

    /// <summary>Throws a <see cref="YamlException"/> at the character that passes the depth.</summary>
    public static void Check(string yaml)
    {
        var indents = new Stack<int>();
        var flow = 0;
        var scalarIndent = -1; // inside a block scalar: lines indented more than this are its text
        var lineNumber = 0;
        foreach (var line in yaml.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            var blank = indent == line.Length || line[indent] == '#';
            if (scalarIndent >= 0 && (blank || indent > scalarIndent))
            {
                continue;
            }

            scalarIndent = -1;
            if (blank)
            {
                continue;
            }

            if (flow == 0)
            {
                while (indents.Count > 0 && indents.Peek() >= indent)
                {
                    indents.Pop();
                }

                indents.Push(indent);
            }

            var depth = indents.Count;
            var valueStart = true;
            for (var i = indent; i < line.Length; i++)
            {
                var c = line[i];
                switch (c)
                {
                    case '#' when i == 0 || line[i - 1] is ' ' or '\t':
                        i = line.Length;
                        continue;
                    case '\'' or '"' when valueStart || flow > 0:
                        i = EndOfQuoted(line, i);
                        valueStart = false;
                        continue;
                    case '-' or '?' when valueStart && flow == 0 && (i + 1 == line.Length || line[i + 1] == ' '):
                        depth++;
                        break;
                    case '[' or '{' when valueStart || flow > 0:
                        flow++;
                        break;
                    case ']' or '}' when flow > 0:
                        flow--;
                        break;
                    case ':' when flow == 0 && (i + 1 == line.Length || line[i + 1] == ' '):
                        valueStart = true;
                        continue;
                    case '|' or '>' when valueStart && flow == 0:
                        scalarIndent = indent;
                        i = line.Length;
                        continue;
                }

                if (depth + flow > MaxDepth)
                {
                    var at = new Mark(0, lineNumber, i + 1);
                    throw new YamlException(at, at, $"nested more than {MaxDepth} levels deep");
                }

                valueStart = c is ' ' or '-' or '?' or '[' or '{' or ',' ? valueStart || c is '[' or '{' or ',' : false;
            }
        }
    }

    /// <summary>The index of the quote that closes the one at <paramref name="start"/> on this line (or the line's end).</summary>
    private static int EndOfQuoted(ReadOnlySpan<char> line, int start)
    {
        var quote = line[start];
        for (var i = start + 1; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == quote)
            {
                return i;
            }
        }

        return line.Length;
    }
}
