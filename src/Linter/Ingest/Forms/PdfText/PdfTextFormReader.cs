using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Ingest.Forms.PdfText;

/// <summary>
/// Reads 广东「项目绩效目标表」 dumped from PDF to text: header lines such as 项目名称 X, the two
/// goals, and the indicator frame whose cells arrive space-separated on one line or wrapped
/// onto lines of their own. Tables may run over page breaks.
/// </summary>
public sealed class PdfTextFormReader : ILayoutReader
{
    /// <summary>Lines looked at to recognise the layout.</summary>
    private const int SniffLines = 5000;

    /// <summary>The width a name line is taken to fill when a document shows no frame lines to measure.</summary>
    private const int DefaultFullWidth = 24;

    /// <summary>
    /// The most a text scores whose column header and 项目名称 line do not set their cells one space apart, as a
    /// PDF's text layer does: a text export aligned by display width (cells runs of spaces apart, 标签：值 lines)
    /// is the generic engine's, which scores just above this. At the loader's threshold the layout still
    /// contests a generic reading that lost text.
    /// </summary>
    private const double UnspacedScore = 0.3;

    /// <summary>The name forms.yaml gives this reader.</summary>
    public const string Name = "pdf-text";

    /// <summary>The form whose spec in forms.yaml names this reader.</summary>
    public static readonly string Form = FormSpecs.ReadBy(Name).Id;

    public string Layout => Form;

    public double Match(SourceText source)
    {
        var lines = source.Lines.Take(SniffLines).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
        if (lines.Length == 0 || lines.Count(l => l.Contains('\t') || l.TrimStart().StartsWith('|')) > lines.Length / 20)
        {
            return 0;
        }

        var parsed = lines.Select((l, i) => PdfLine.Parse(i + 1, l)).OfType<PdfLine>().ToArray();
        // Cheap tests first: a line is split into its pieces only when it could be a column header or a 项目名称 line
        // (a line of thousands of pieces, as damage makes, is not split just to be ruled out).
        var header = parsed.Where(l => HeadReader.IsColumnHeader(l.Squeezed) && l.Tokens.Count >= 3).ToArray();
        var named = parsed.Where(l => l.Text.AsSpan().TrimStart().StartsWith("项目名称", StringComparison.Ordinal) && l.Tokens.Count >= 2 && l.Tokens[0].Text == "项目名称").ToArray();
        var score = 0.0;
        score += parsed.Any(PdfPage.IsTitle) ? 0.5 : 0;
        score += header.Length > 0 ? 0.3 : 0;
        score += named.Length > 0 ? 0.15 : 0;
        return header.Concat(named).Any(l => l.OneSpaceApart) ? score : Math.Min(score, UnspacedScore);
    }

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context)
    {
        var lines = source.Lines.Select((l, i) => PdfLine.Parse(i + 1, l)).OfType<PdfLine>().ToArray();
        var frames = new List<(PerformanceTable Table, int Start, int End)>();
        foreach (var span in PdfTables.Find(lines))
        {
            var title = lines[span.Title];
            var table = new PerformanceTable
            {
                Kind = TableKind.ProjectGoals,
                Layout = Layout,
                Title = new TextField(title.Text, title.At),
                At = title.At,
                EndLine = lines[span.End - 1].Line,
            };
            var frameStart = HeadReader.Read(lines, span.Title + 1, span.End, table, context);
            if (frameStart >= span.End)
            {
                context.Report("no-indicator-frame", Message.Of("ingest.no-indicator-frame"), title.At, title.Text);
            }

            frames.Add((table, frameStart, span.End));
        }

        var fullWidth = FullWidth(lines, frames.Select(f => (f.Start, f.End)));
        foreach (var (table, start, end) in frames)
        {
            new FrameReader(table, context, fullWidth).Read(lines, start, end);
        }

        return frames.Select(f => f.Table).ToArray();
    }

    /// <summary>How wide the widest single-cell line of any frame prints: what a full, wrapped name line fills.</summary>
    private static int FullWidth(IReadOnlyList<PdfLine> lines, IEnumerable<(int Start, int End)> frames)
    {
        var widths = frames.SelectMany(f => lines.Skip(f.Start).Take(f.End - f.Start))
            .Where(l => l.Tokens.Count == 1)
            .Select(l => PdfLine.Width(l.Text))
            .ToArray();
        return widths.Length > 0 ? widths.Max() : DefaultFullWidth;
    }
}
