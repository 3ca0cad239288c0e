using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Spots cells the exporting system cut off inside a bracket (建设规模（平, 85%（暂无理): the text
/// is kept as written and the cut reported. A cut that leaves a prefix of a neighbouring cell
/// (正面报道和市政府认 | 正面报道和市政府认可) is the truncated-cell rule's to find, across the whole document.
/// </summary>
internal static class TruncatedCells
{
    /// <remarks>Field by field, counting in place: this runs on every indicator of every table, and a LINQ count over
    /// each text's characters was ~4 % of a 10k run's allocations (docs/performance.md, eleventh session).</remarks>
    public static void Check(Indicator indicator, IngestContext context)
    {
        Check(indicator.Name, context);
        Check(indicator.CycleValue?.Raw, context);
        Check(indicator.AnnualValue?.Raw, context);
        Check(indicator.ActualValue?.Raw, context);
        Check(indicator.DeviationReason, context);
    }

    private static void Check(TextField? cell, IngestContext context)
    {
        if (cell is not null && Unclosed(cell.Text))
        {
            context.Report("unclosed-bracket", Message.Of("ingest.unclosed-bracket", ("text", cell.Text)), cell.At, cell.Text);
        }
    }

    private static bool Unclosed(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAny('（', '(') >= 0 && span.Count('（') + span.Count('(') > span.Count('）') + span.Count(')');
    }
}
