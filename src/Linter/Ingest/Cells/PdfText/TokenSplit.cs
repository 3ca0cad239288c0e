using GoalLint.Shared.Messages;
namespace GoalLint.Ingest.Cells.PdfText;

/// <summary>
/// Splits a line that holds several cells separated by spaces (完成全部运维服务项 100% 100%).
/// The last two cells are the values; when there are more pieces than cells, the cut that
/// makes both values read the same is taken, and otherwise the row is reported.
/// </summary>
internal static class TokenSplit
{
    /// <summary>The row the pieces make, with the name lines above it.</summary>
    /// <param name="tokens">The pieces of the line.</param>
    /// <param name="namePrefix">Lines of the name that wrapped above this line, if any.</param>
    public static RecoveredRow Split(IReadOnlyList<PdfToken> tokens, IReadOnlyList<PdfToken> namePrefix)
    {
        var minName = namePrefix.Count > 0 ? 0 : 1;
        if (tokens.Count - minName < 2)
        {
            var name = namePrefix.Concat(tokens.Take(minName)).ToArray();
            return new RecoveredRow(name, tokens.Skip(minName).ToArray(), [], Message.Of("ingest.doubt.single-value"));
        }

        var line = new Pieces(tokens);
        for (var a = minName; a <= tokens.Count - 2; a++)
        {
            if (line.SecondOfTwoEqualValues(a) is { } b && (a, b) != (tokens.Count - 2, tokens.Count - 1))
            {
                return Cut(tokens, namePrefix, a, b, null);
            }
        }

        var extra = tokens.Count - 2 - minName;
        var doubt = extra > 0 && !line.Same(tokens.Count - 2, tokens.Count - 1)
            ? Message.Of("ingest.doubt.extra-pieces")
            : null;
        return Cut(tokens, namePrefix, tokens.Count - 2, tokens.Count - 1, doubt);
    }

    /// <summary>
    /// The pieces joined once, with where each starts: two values cut at (a, b) read the same only
    /// when both are as long, so for each a one place for b is looked up instead of tried (a line of
    /// thousands of short pieces stays linear in memory and near-linear in time).
    /// </summary>
    private sealed class Pieces
    {
        private readonly string _text;
        private readonly int[] _starts;

        public Pieces(IReadOnlyList<PdfToken> tokens)
        {
            _text = string.Concat(tokens.Select(t => t.Text));
            _starts = new int[tokens.Count + 1];
            for (var i = 0; i < tokens.Count; i++)
            {
                _starts[i + 1] = _starts[i] + tokens[i].Text.Length;
            }
        }

        /// <summary>Whether pieces [a, b) read the same as pieces [b, end).</summary>
        public bool Same(int a, int b) =>
            _starts[b] - _starts[a] == _text.Length - _starts[b] &&
            _text.AsSpan(_starts[a], _starts[b] - _starts[a]).SequenceEqual(_text.AsSpan(_starts[b]));

        /// <summary>The first b after <paramref name="a"/> (and before the last piece's end) that makes <see cref="Same"/> hold, if any.</summary>
        public int? SecondOfTwoEqualValues(int a)
        {
            var twice = _starts[a] + _text.Length;
            if (twice % 2 != 0)
            {
                return null;
            }

            var last = _starts.Length - 2;
            var b = Array.BinarySearch(_starts, a + 1, last - a, twice / 2);
            if (b < 0)
            {
                return null;
            }

            // Empty pieces share a start: take the first of them, as a left-to-right search would.
            while (b > a + 1 && _starts[b - 1] == _starts[b])
            {
                b--;
            }

            for (; b <= last && _starts[b] == twice / 2; b++)
            {
                if (Same(a, b))
                {
                    return b;
                }
            }

            return null;
        }
    }

    private static RecoveredRow Cut(IReadOnlyList<PdfToken> tokens, IReadOnlyList<PdfToken> namePrefix, int a, int b, Message? doubt) =>
        new([.. namePrefix, .. Range(tokens, 0, a)], Range(tokens, a, b), Range(tokens, b, tokens.Count), doubt);

    /// <summary>Pieces [from, to) copied once: a row is cut for every line of a frame, so no iterator chains.</summary>
    private static PdfToken[] Range(IReadOnlyList<PdfToken> tokens, int from, int to)
    {
        var range = new PdfToken[to - from];
        for (var i = from; i < to; i++)
        {
            range[i - from] = tokens[i];
        }

        return range;
    }
}
