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
    public static void Check(Indicator indicator, IngestContext context)
    {
        TextField?[] cells = [indicator.Name, indicator.CycleValue?.Raw, indicator.AnnualValue?.Raw, indicator.ActualValue?.Raw, indicator.DeviationReason];
        foreach (var cell in cells.OfType<TextField>().Where(c => Unclosed(c.Text)))
        {
            context.Report("unclosed-bracket", Message.Of("ingest.unclosed-bracket", ("text", cell.Text)), cell.At, cell.Text);
        }
    }

    private static bool Unclosed(string text) =>
        text.Count(c => c is '（' or '(') > text.Count(c => c is '）' or ')');
}
