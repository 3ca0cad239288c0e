using System.Text;

namespace GoalLint.Ingest.Formats.Pdf;

/// <summary>
/// Text outside ruled tables: each text line is cut into words where a gap wider than a
/// character opens, and lines that share columns are read as rows of a table without borders,
/// columns found by the x-overlap of their words. A line whose words all fall under filled cells
/// of the row above and that sits closer to it than rows sit to each other continues those cells
/// (a wrapped cell); a single-word line before any row is a title or a context line.
/// </summary>
internal static class TextLines
{
    /// <summary>A gap wider than this share of the glyph height separates two words (cells) on a line.</summary>
    private const double WordGap = 0.8;

    /// <summary>A gap wider than this share of the glyph height inside a word is a space (Latin text).</summary>
    private const double SpaceGap = 0.25;

    /// <summary>A glyph run's text: lines top to bottom, glyphs left to right, a space where Latin words part.</summary>
    public static string Join(IEnumerable<Glyph> glyphs) =>
        string.Join('\n', glyphs.GroupBy(g => g.Line).OrderBy(l => l.Key).Select(l => LineText(l.OrderBy(g => g.X0).ToList())));

    public static IEnumerable<(double Top, PdfRow Row)> Rows(IEnumerable<Glyph> glyphs)
    {
        var lines = glyphs.GroupBy(g => g.Line).OrderBy(l => l.Key).Select(l => Words(l.OrderBy(g => g.X0).ToList())).ToList();
        var columns = Columns(lines.Where(l => l.Count >= 2).SelectMany(l => l));
        // The rows of a borderless table sit further apart than the lines of one wrapped cell: the
        // tightest gap between two lines that are surely separate rows (several words each) is the row gap.
        var rowGap = Enumerable.Range(1, Math.Max(0, lines.Count - 1))
            .Where(i => lines[i].Count >= 2 && lines[i - 1].Count >= 2)
            .Select(i => Gap(lines[i - 1], lines[i]))
            .DefaultIfEmpty(double.NaN)
            .Min();
        List<string>? texts = null;
        List<int>? firsts = null;
        double top = 0;
        var started = false;
        var result = new List<(double, PdfRow)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var words = lines[i];
            started |= words.Count >= 2;
            // Before the first row with columns, a line is a title or a context line: it starts at the left, as a paragraph does.
            var placed = words.Select(w => (Column: started ? Column(columns, w) : 0, Word: w)).ToList();
            if (texts is not null && started && Gap(lines[i - 1], words) < rowGap - 1
                && words.Count < texts.Count(t => t.Length > 0) && placed.All(p => texts[p.Column].Length > 0))
            {
                foreach (var (column, word) in placed)
                {
                    texts[column] += "\n" + LineText(word);
                }

                continue;
            }

            if (texts is not null)
            {
                result.Add((top, new PdfRow(texts, firsts!, 0)));
            }

            texts = Enumerable.Repeat("", Math.Max(1, columns.Count)).ToList();
            firsts = Enumerable.Repeat(words[0][0].Line, texts.Count).ToList();
            foreach (var (column, word) in placed)
            {
                texts[column] = texts[column].Length == 0 ? LineText(word) : texts[column] + " " + LineText(word);
            }

            top = words.Min(w => w[0].Top);
        }

        if (texts is not null)
        {
            result.Add((top, new PdfRow(texts, firsts!, 0)));
        }

        return result;
    }

    private static double Gap(List<List<Glyph>> above, List<List<Glyph>> below) =>
        below.Min(w => w.Min(g => g.Top)) - above.Max(w => w.Max(g => g.Bottom));

    private static string LineText(List<Glyph> line)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < line.Count; i++)
        {
            // Chinese text has no spaces, whatever gaps its font leaves; Latin words and numbers keep theirs.
            if (i > 0 && line[i].X0 - line[i - 1].X1 > Math.Max(line[i].Height, 1) * SpaceGap && IsLatin(line[i - 1].Text[^1]) && IsLatin(line[i].Text[0]))
            {
                sb.Append(' ');
            }

            sb.Append(line[i].Text);
        }

        return sb.ToString();
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c is '%' or '.' or ',';

    private static List<List<Glyph>> Words(List<Glyph> line)
    {
        var words = new List<List<Glyph>> { new() { line[0] } };
        for (var i = 1; i < line.Count; i++)
        {
            if (line[i].X0 - line[i - 1].X1 > Math.Max(line[i].Height, 1) * WordGap)
            {
                words.Add([]);
            }

            words[^1].Add(line[i]);
        }

        return words;
    }

    /// <summary>Column bands: the x-extents of the words of multi-word lines, overlapping extents merged.</summary>
    private static List<(double X0, double X1)> Columns(IEnumerable<List<Glyph>> words)
    {
        var bands = new List<(double X0, double X1)>();
        foreach (var (x0, x1) in words.Select(w => (w[0].X0, w[^1].X1)).OrderBy(b => b.X0))
        {
            if (bands.Count > 0 && x0 <= bands[^1].X1)
            {
                bands[^1] = (bands[^1].X0, Math.Max(bands[^1].X1, x1));
            }
            else
            {
                bands.Add((x0, x1));
            }
        }

        return bands;
    }

    /// <summary>The band a word overlaps most, or the nearest when it overlaps none.</summary>
    private static int Column(List<(double X0, double X1)> bands, List<Glyph> word)
    {
        if (bands.Count == 0)
        {
            return 0;
        }

        var (x0, x1) = (word[0].X0, word[^1].X1);
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < bands.Count; i++)
        {
            var overlap = Math.Min(x1, bands[i].X1) - Math.Max(x0, bands[i].X0);
            if (overlap > bestScore)
            {
                (best, bestScore) = (i, overlap);
            }
        }

        return best;
    }
}
