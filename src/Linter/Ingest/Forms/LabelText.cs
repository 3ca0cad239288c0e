namespace GoalLint.Ingest.Forms;

/// <summary>Cell text compared as a label.</summary>
internal static class LabelText
{
    /// <summary>
    /// Cleaned, every space removed (a wrap or a PDF gap: 年度绩效 指标, 其中：财政 资金), Markdown
    /// heading marks and a trailing colon dropped.
    /// </summary>
    public static string Key(string text) => CellText.Squeeze(CellText.Clean(text)).TrimStart('#').TrimEnd('：', ':');
}
