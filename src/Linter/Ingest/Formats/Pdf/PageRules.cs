using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace GoalLint.Ingest.Formats.Pdf;

/// <summary>
/// The ruling lines of a page: stroked line segments and rectangle edges, and the thin filled
/// rectangles some producers draw borders with, in reading space. Curves, clip paths and fills
/// larger than a line (cell shading) are not borders.
/// </summary>
internal static class PageRules
{
    /// <summary>A page with more strokes than this is a drawing, not a form; its text is read without rulings.</summary>
    private const int MaxRules = 5000;

    private const double Thin = 3;
    private const double MinLength = 4;

    public static List<Rule> Read(Page page, Func<PdfPoint, (double X, double Y)> upright)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (rules.Count > MaxRules)
                {
                    return [];
                }

                if (path.IsFilled && !path.IsStroked)
                {
                    AddThinBox(subpath.GetBoundingRectangle(), upright, rules);
                    continue;
                }

                PdfPoint start = default, current = default;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = current = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            Add(line.From, line.To, upright, rules);
                            current = line.To;
                            break;
                        case PdfSubpath.BezierCurve curve:
                            current = curve.EndPoint;
                            break;
                        case PdfSubpath.Close:
                            Add(current, start, upright, rules);
                            current = start;
                            break;
                    }
                }
            }
        }

        return rules;
    }

    private static void AddThinBox(PdfRectangle? box, Func<PdfPoint, (double X, double Y)> upright, List<Rule> rules)
    {
        if (box is not { } r)
        {
            return;
        }

        var (x0, x1, top, bottom) = PageGlyphs.Box(r, upright);
        if (x1 - x0 <= Thin && bottom - top >= MinLength)
        {
            rules.Add(new Rule(false, (x0 + x1) / 2, top, bottom));
        }
        else if (bottom - top <= Thin && x1 - x0 >= MinLength)
        {
            rules.Add(new Rule(true, (top + bottom) / 2, x0, x1));
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, Func<PdfPoint, (double X, double Y)> upright, List<Rule> rules)
    {
        var (ax, ay) = upright(from);
        var (bx, by) = upright(to);
        if (Math.Abs(ay - by) <= 1 && Math.Abs(ax - bx) >= MinLength)
        {
            rules.Add(new Rule(true, (ay + by) / 2, Math.Min(ax, bx), Math.Max(ax, bx)));
        }
        else if (Math.Abs(ax - bx) <= 1 && Math.Abs(ay - by) >= MinLength)
        {
            rules.Add(new Rule(false, (ax + bx) / 2, Math.Min(ay, by), Math.Max(ay, by)));
        }
    }
}
