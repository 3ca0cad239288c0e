namespace GoalLint.Ingest.Forms;

/// <summary>Cell text compared as a label.</summary>
internal static class LabelText
{
    /// <summary>Built once: a params array per call was 1 % of a run's allocations (every cell of a grid source is keyed).</summary>
    internal static readonly char[] Colons = ['：', ':'];

    /// <summary>
    /// Cleaned, every space removed (a wrap or a PDF gap: 年度绩效 指标, 其中：财政 资金), Markdown
    /// heading marks and a trailing colon dropped.
    /// </summary>
    public static string Key(string text) => CellText.Squeeze(CellText.Clean(text)).TrimStart('#').TrimEnd(Colons);
}
