namespace GoalLint.Report.Templates;

/// <summary>One input file as read, with its tables and the findings that belong to no table.</summary>
/// <param name="Path">As given on the command line.</param>
/// <param name="Layout">The layout family recognised (GuangdongGoalsGrid …), or Unknown.</param>
/// <param name="LayoutName">The same family as a reviewer names it (广东 项目绩效目标表（表格）…).</param>
/// <param name="Format">Text, Csv, Xlsx ….</param>
/// <param name="Encoding">The encoding detected (utf-8, gb18030 …).</param>
/// <param name="Findings">File-level findings (unreadable file, unknown layout), by location.</param>
/// <param name="Tables">By position in the file.</param>
public sealed record FileView(string Path, string Layout, string LayoutName, string Format, string Encoding, IReadOnlyList<FindingView> Findings, IReadOnlyList<TableView> Tables)
{
    /// <summary>The format as reviewers name it (Excel 工作簿（xlsx）, 纯文本 …).</summary>
    public string FormatName { get; init; } = Format;

    /// <summary>File-level and table findings together.</summary>
    public int FindingCount => Findings.Count + Tables.Sum(t => t.Findings.Count);
}
