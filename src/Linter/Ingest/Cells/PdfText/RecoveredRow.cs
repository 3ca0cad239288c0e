using GoalLint.Shared.Messages;
namespace GoalLint.Ingest.Cells.PdfText;

/// <summary>
/// One indicator row put back together from PDF text: the fragments of its 三级指标 name and
/// of its two value cells, and, when the split was not safe, why.
/// </summary>
internal sealed record RecoveredRow(
    IReadOnlyList<PdfToken> Name,
    IReadOnlyList<PdfToken> Cycle,
    IReadOnlyList<PdfToken> Annual,
    Message? Doubt = null)
{
    /// <summary>Every fragment in source order, for evidence.</summary>
    public string Evidence => string.Join(" | ", Name.Concat(Cycle).Concat(Annual).Select(t => t.Text));
}
