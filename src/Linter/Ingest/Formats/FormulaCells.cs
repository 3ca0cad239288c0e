using System.Globalization;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Reads the simple formulas whose cached value can be checked against the cells they name:
/// SUM over cells and ranges of the same sheet (=SUM(D5:D11), =SUM(B2,B4:B6)) and a chain of
/// additions (=B2+C2+D2). Anything else (other functions, other sheets, constants) is not checked.
/// </summary>
public static class FormulaCells
{
    /// <summary>A cell a formula adds up, 0-based.</summary>
    public readonly record struct Ref(int Row, int Column);

    /// <summary>The cells added up, and whether text among them is skipped (SUM) rather than an error (+).</summary>
    public sealed record Sum(IReadOnlyList<Ref> Cells, bool IgnoresText);

    /// <summary>Ranges larger than this are not expanded: a checked total adds up a column of a form, not a sheet.</summary>
    private const int MaxCells = 10_000;

    public static Sum? Parse(string formula)
    {
        var f = string.Concat(formula.Where(c => !char.IsWhiteSpace(c))).TrimStart('=').ToUpperInvariant();
        if (f.StartsWith("SUM(", StringComparison.Ordinal) && f.EndsWith(')') && f.IndexOf(')') == f.Length - 1)
        {
            var cells = new List<Ref>();
            foreach (var part in f[4..^1].Split(','))
            {
                if (!AddRange(part, cells))
                {
                    return null;
                }
            }

            return new Sum(cells, IgnoresText: true);
        }

        var terms = f.Split('+');
        if (terms.Length < 2)
        {
            return null;
        }

        var added = new List<Ref>();
        foreach (var term in terms)
        {
            if (CellReference.Parse(term) is not { } cell)
            {
                return null;
            }

            added.Add(new Ref(cell.Row, cell.Column));
        }

        return new Sum(added, IgnoresText: false);
    }

    /// <summary>Adds the cells of B4 or B4:C9 to <paramref name="cells"/>; false when the part is anything else.</summary>
    private static bool AddRange(string part, List<Ref> cells)
    {
        var colon = part.IndexOf(':');
        var from = CellReference.Parse(part.AsSpan(0, colon < 0 ? part.Length : colon));
        var to = colon < 0 ? from : CellReference.Parse(part.AsSpan(colon + 1));
        if (from is not { } a || to is not { } b)
        {
            return false;
        }

        var (top, bottom) = (Math.Min(a.Row, b.Row), Math.Max(a.Row, b.Row));
        var (left, right) = (Math.Min(a.Column, b.Column), Math.Max(a.Column, b.Column));
        if ((long)(bottom - top + 1) * (right - left + 1) + cells.Count > MaxCells)
        {
            return false;
        }

        for (var r = top; r <= bottom; r++)
        {
            for (var c = left; c <= right; c++)
            {
                cells.Add(new Ref(r, c));
            }
        }

        return true;
    }

    /// <summary>A number as a reviewer would type it: no exponent, no trailing zeros.</summary>
    public static string Show(double n) =>
        double.IsFinite(n) && Math.Abs(n) < 1e27 ? ((decimal)n).ToString(CultureInfo.InvariantCulture) : n.ToString("G15", CultureInfo.InvariantCulture);
}
