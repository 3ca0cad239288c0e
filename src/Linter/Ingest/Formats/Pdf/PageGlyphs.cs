using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace GoalLint.Ingest.Formats.Pdf;

/// <summary>
/// A page's characters turned upright: the orientation most of its letters share decides how
/// page coordinates map to reading space, so a table typeset sideways on a portrait page (or a
/// page rotated by its producer) reads like any other. Then every glyph gets its text line.
/// </summary>
internal static class PageGlyphs
{
    public static (List<Glyph> Glyphs, Func<PdfPoint, (double X, double Y)> Upright) Read(Page page)
    {
        var letters = page.Letters;
        var orientation = letters.Count == 0
            ? TextOrientation.Horizontal
            : letters.GroupBy(l => l.TextOrientation).MaxBy(g => g.Count())!.Key;
        Func<PdfPoint, (double, double)> upright = orientation switch
        {
            // PdfPig names the turn of the text as the page shows it: Rotate90 reads top to bottom.
            TextOrientation.Rotate90 => p => (-p.Y, -p.X),
            TextOrientation.Rotate180 => p => (-p.X, p.Y),
            TextOrientation.Rotate270 => p => (p.Y, p.X),
            _ => p => (p.X, -p.Y),
        };

        var glyphs = new List<Glyph>(letters.Count);
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var (x0, x1, _, _) = Box(letter.BoundingBox, upright);
            var (sx, baseline) = upright(letter.StartBaseLine);
            var (ex, _) = upright(letter.EndBaseLine);
            var size = letter.PointSize > 0.5 ? letter.PointSize : 10;
            if (x1 - x0 < 0.1)
            {
                // Some fonts give empty glyph boxes: the baseline's run stands in.
                (x0, x1) = (Math.Min(sx, ex), Math.Max(Math.Max(sx, ex), Math.Min(sx, ex) + size * 0.5));
            }

            glyphs.Add(new Glyph(letter.Value, x0, x1, baseline - size * 0.8, baseline + size * 0.2, baseline));
        }

        NumberLines(glyphs);
        return (glyphs, upright);
    }

    public static (double X0, double X1, double Top, double Bottom) Box(PdfRectangle r, Func<PdfPoint, (double X, double Y)> upright)
    {
        var a = upright(r.BottomLeft);
        var b = upright(r.TopRight);
        var c = upright(r.TopLeft);
        var d = upright(r.BottomRight);
        return (Min(a.X, b.X, c.X, d.X), Max(a.X, b.X, c.X, d.X), Min(a.Y, b.Y, c.Y, d.Y), Max(a.Y, b.Y, c.Y, d.Y));
    }

    /// <summary>Glyphs whose baselines lie within half a glyph height of each other share a text line.</summary>
    private static void NumberLines(List<Glyph> glyphs)
    {
        var line = 0;
        double baseline = double.NegativeInfinity, height = 1;
        foreach (var g in glyphs.OrderBy(g => g.Baseline))
        {
            if (g.Baseline - baseline > Math.Max(Math.Max(g.Height, height), 1) * 0.5)
            {
                line++;
                (baseline, height) = (g.Baseline, g.Height);
            }

            height = Math.Max(height, g.Height);
            g.Line = line;
        }
    }

    private static double Min(params ReadOnlySpan<double> v)
    {
        var m = v[0];
        foreach (var x in v)
        {
            m = Math.Min(m, x);
        }

        return m;
    }

    private static double Max(params ReadOnlySpan<double> v)
    {
        var m = v[0];
        foreach (var x in v)
        {
            m = Math.Max(m, x);
        }

        return m;
    }
}
