using GoalLint.Check.Findings;
using GoalLint.Model;

namespace GoalLint.Report.Templates;

/// <summary>
/// The 原文 excerpt of a finding: its indicator's source row, cut around the span the finding is
/// located at (line, column and the evidence's length), not around the first place the evidence
/// text happens to occur (可持续 inside 可持续影响指标 when the finding is about the value cell).
/// A source row is its cells joined by tabs (or its lines by line breaks); the finding's cell is
/// the indicator field that holds its location, found among the row's cells by its text and its
/// rank among cells with that text.
/// </summary>
public static class SourceExcerpt
{
    public static SourceRowView? For(Finding f, PerformanceDocument document)
    {
        var indicator = LocatedField.IndicatorOf(f, document);
        if (indicator?.SourceRow is not { } row)
        {
            return null;
        }

        var at = f.Evidence.Length == 0 ? -1 : Located(f, indicator, row);
        return at < 0 ? new SourceRowView(row, "", "") : new SourceRowView(row[..at], row.Substring(at, f.Evidence.Length), row[(at + f.Evidence.Length)..]);
    }

    /// <summary>Where in <paramref name="row"/> the finding's span starts, or -1 when it cannot be told.</summary>
    private static int Located(Finding f, Indicator indicator, string row)
    {
        var cells = Cells(row);
        var fields = LocatedField.Fields(indicator).OrderBy(x => x.At.Line).ThenBy(x => x.At.Column).ToArray();
        var field = fields.FirstOrDefault(x => LocatedField.Holds(x.Text, x.At, f.At, f.Evidence.Length));
        if (field.Text is not null)
        {
            var rank = fields.TakeWhile(x => x != field).Count(x => x.Text == field.Text);
            var matching = cells.Where(c => row.AsSpan(c.Start, c.Length).Trim().SequenceEqual(field.Text.AsSpan().Trim())).ToArray();
            if (matching.Length > rank)
            {
                var cell = matching[rank];
                var inside = field.At.Line == f.At.Line && field.At.Cell is null ? f.At.Column - field.At.Column : 0;
                var start = cell.Start + row.AsSpan(cell.Start, cell.Length).IndexOf(field.Text.Trim().AsSpan(), StringComparison.Ordinal);
                if (inside >= 0 && string.CompareOrdinal(row, start + inside, f.Evidence, 0, f.Evidence.Length) == 0 && start + inside + f.Evidence.Length <= cell.Start + cell.Length)
                {
                    return start + inside;
                }

                var within = row.AsSpan(cell.Start, cell.Length).IndexOf(f.Evidence.AsSpan(), StringComparison.Ordinal);
                if (within >= 0)
                {
                    return cell.Start + within;
                }
            }
        }

        // No field holds the location (a row-level finding): only an unambiguous occurrence is highlighted.
        var first = row.IndexOf(f.Evidence, StringComparison.Ordinal);
        return first >= 0 && row.IndexOf(f.Evidence, first + 1, StringComparison.Ordinal) < 0 ? first : -1;
    }

    /// <summary>The row's cells as (start, length): split at tabs and line breaks.</summary>
    private static List<(int Start, int Length)> Cells(string row)
    {
        var cells = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= row.Length; i++)
        {
            if (i == row.Length || row[i] is '\t' or '\n')
            {
                cells.Add((start, i - start));
                start = i + 1;
            }
        }

        return cells;
    }
}
