namespace GoalLint.Ingest.Formats.Pdf;

/// <summary>
/// A table drawn with ruling lines: the rules that touch one another. Its columns and rows are
/// the distinct x of its vertical rules and y of its horizontal rules; a glyph belongs to the
/// cell whose nearest covering rules lie left of and above it, so a merged cell (a rule that
/// stops short) keeps its text in its first row and column, and a wrapped cell's lines stay together.
/// </summary>
internal sealed class RuledTable
{
    /// <summary>Rules closer than this are one rule (a border drawn twice, by each neighbouring cell).</summary>
    private const double Tolerance = 2;

    private readonly List<Rule> _horizontal;
    private readonly List<Rule> _vertical;
    private readonly double[] _xs;
    private readonly double[] _ys;

    private RuledTable(List<Rule> rules)
    {
        _horizontal = rules.Where(r => r.Horizontal).ToList();
        _vertical = rules.Where(r => !r.Horizontal).ToList();
        _xs = Cluster(_vertical.Select(r => r.At));
        _ys = Cluster(_horizontal.Select(r => r.At));
    }

    public double Top => _ys[0];

    /// <summary>The ruled tables of a page: groups of touching rules with at least two rows' and two columns' worth of lines.</summary>
    public static List<RuledTable> Find(List<Rule> rules)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (Touch(rules[i], rules[j]))
                {
                    parent[Root(i)] = Root(j);
                }
            }
        }

        return Enumerable.Range(0, rules.Count).GroupBy(Root)
            .SelectMany(g => Split(g.Select(i => rules[i]).ToList()))
            .Where(t => t._xs.Length >= 2 && t._ys.Length >= 2)
            .OrderBy(t => t.Top)
            .ToList();
    }

    /// <summary>
    /// Cuts a group of touching rules where its columns change: above and below such a line the
    /// vertical rules stand at different x (two tables drawn edge to edge, a form's 基本信息 part
    /// over its indicator part). Each part gets its own columns, as a tab-separated export gives
    /// each row its own cells, so one part's extra column never shifts the other's cells.
    /// </summary>
    private static IEnumerable<RuledTable> Split(List<Rule> rules)
    {
        var vertical = rules.Where(r => !r.Horizontal).ToList();
        var ys = Cluster(rules.Where(r => r.Horizontal).Select(r => r.At));
        var cuts = ys.Where((y, i) => i > 0 && i < ys.Length - 1 && !Columns(vertical, y - 3 * Tolerance).SequenceEqual(Columns(vertical, y + 3 * Tolerance))).ToList();
        var from = double.NegativeInfinity;
        foreach (var to in cuts.Append(double.PositiveInfinity))
        {
            // A border drawn as one long stroke down several parts belongs to each of them.
            yield return new RuledTable(rules.Where(r => r.Horizontal ? r.At >= from - Tolerance && r.At <= to + Tolerance : r.From < to - Tolerance && r.To > from + Tolerance).ToList());
            from = to;
        }
    }

    private static double[] Columns(List<Rule> vertical, double y) => Cluster(vertical.Where(r => r.Covers(y, 0)).Select(r => r.At));

    public bool Contains(Glyph g) =>
        g.CenterX > _xs[0] && g.CenterX < _xs[^1] && g.CenterY > _ys[0] && g.CenterY < _ys[^1];

    /// <summary>The table's rows: one per horizontal rule that starts a cell holding text.</summary>
    public IEnumerable<PdfRow> Rows(IEnumerable<Glyph> glyphs, int id)
    {
        var cells = new Dictionary<(int Row, int Column), List<Glyph>>();
        foreach (var g in glyphs)
        {
            var key = (Index(_ys, Nearest(_horizontal, g.CenterY, g.CenterX)), Index(_xs, Nearest(_vertical, g.CenterX, g.CenterY)));
            if (!cells.TryGetValue(key, out var list))
            {
                cells[key] = list = [];
            }

            list.Add(g);
        }

        foreach (var row in cells.Keys.Select(k => k.Row).Distinct().Order())
        {
            var width = _xs.Length - 1;
            var texts = new string[width];
            var lines = new int[width];
            var first = cells.Where(c => c.Key.Row == row).Min(c => c.Value.Min(g => g.Line));
            for (var c = 0; c < width; c++)
            {
                var held = cells.GetValueOrDefault((row, c));
                texts[c] = held is null ? "" : TextLines.Join(held);
                lines[c] = held?.Min(g => g.Line) ?? first;
            }

            yield return new PdfRow(texts, lines, id, _xs[..^1]);
        }
    }

    /// <summary>The position of the nearest rule before <paramref name="position"/> that covers <paramref name="across"/>; the table's first rule when none does.</summary>
    private static double Nearest(List<Rule> rules, double position, double across)
    {
        var best = double.NegativeInfinity;
        foreach (var r in rules)
        {
            if (r.At < position && r.At > best && r.Covers(across, Tolerance))
            {
                best = r.At;
            }
        }

        return best;
    }

    private static int Index(double[] clusters, double position)
    {
        if (double.IsNegativeInfinity(position))
        {
            return 0;
        }

        var best = 0;
        for (var i = 1; i < clusters.Length - 1; i++)
        {
            if (Math.Abs(clusters[i] - position) < Math.Abs(clusters[best] - position))
            {
                best = i;
            }
        }

        return best;
    }

    private static double[] Cluster(IEnumerable<double> positions)
    {
        var clusters = new List<double>();
        foreach (var p in positions.Order())
        {
            if (clusters.Count == 0 || p - clusters[^1] > Tolerance)
            {
                clusters.Add(p);
            }
        }

        return clusters.ToArray();
    }

    private static bool Touch(Rule a, Rule b)
    {
        if (a.Horizontal == b.Horizontal)
        {
            // Collinear pieces of one border (a row line broken at each cell) join too.
            return Math.Abs(a.At - b.At) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        }

        return a.Covers(b.At, Tolerance) && b.Covers(a.At, Tolerance);
    }
}
