namespace GoalLint.Ingest.Forms;

/// <summary>
/// Whether a row inside an indicator block whose first text is a goal label (绩效目标, 年度目标) is the table's goal,
/// which ends the block, or the same word as a 二级 of the frame (决策 › 绩效目标 › 绩效目标合理性 in the evaluation
/// frame), which does not. Told by where it stands: a goal is a header field, its label first on its row with only its
/// text beside it (绩效目标 | 对…), or, one cell per line, with a sentence on the line after it; a 二级 stands in its
/// column after the blank cells of a merged 一级, or has its indicator's cells after it on the row.
/// </summary>
internal static class GoalLabelRow
{
    /// <summary>A 三级指标 name is a short phrase; a goal's text is a sentence or longer than a name.</summary>
    private const int MaxNameChars = 20;

    public static bool IsGoal(IReadOnlyList<Row> rows, int i, bool stream)
    {
        var row = rows[i];
        if (row.Cells.Count == 0 || row.Cells[0].IsBlank || row.Filled.Skip(2).Any())
        {
            return false;
        }

        if (!stream || row.Filled.Skip(1).Any())
        {
            return true;
        }

        var next = i + 1;
        while (next < rows.Count && rows[next].IsBlank)
        {
            next++;
        }

        return next < rows.Count && rows[next].Only is { } value && IsSentence(value.Text);
    }

    private static bool IsSentence(string text) => text.Length > MaxNameChars || text.TrimEnd().EndsWith('。');
}
