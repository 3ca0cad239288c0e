using GoalLint.Ingest.Cells.PdfText;

namespace GoalLint.Ingest.Forms.PdfText;

/// <summary>Where one table sits among the non-blank lines: its title and the lines it owns.</summary>
/// <param name="Title">Index of the title line.</param>
/// <param name="End">Index one past the table's last line.</param>
internal sealed record TableSpan(int Title, int End);

/// <summary>Cuts a PDF text dump into tables at their titles.</summary>
internal static class PdfTables
{
    /// <summary>How far after a title a 项目名称 must appear for the title to open a table rather than repeat on a continuation page.</summary>
    private const int HeaderReach = 12;

    public static List<TableSpan> Find(IReadOnlyList<PdfLine> lines)
    {
        var titles = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (PdfPage.IsTitle(lines[i]) && OpensTable(lines, i))
            {
                titles.Add(i);
            }
        }

        var spans = new List<TableSpan>();
        for (var t = 0; t < titles.Count; t++)
        {
            var end = t + 1 < titles.Count ? Preamble(lines, titles[t + 1]) : lines.Count;
            spans.Add(new TableSpan(titles[t], Math.Max(end, titles[t] + 1)));
        }

        return spans;
    }

    private static bool OpensTable(IReadOnlyList<PdfLine> lines, int title)
    {
        for (var i = title + 1; i < lines.Count && i <= title + HeaderReach; i++)
        {
            if (PdfPage.IsTitle(lines[i]))
            {
                return false;
            }

            if (lines[i].Squeezed.StartsWith("项目名称", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first line of the captions (表13) just above a title, which belong to the next table.</summary>
    private static int Preamble(IReadOnlyList<PdfLine> lines, int title)
    {
        var start = title;
        while (start > 0 && PdfPage.IsFurniture(lines[start - 1]))
        {
            start--;
        }

        return start;
    }
}
