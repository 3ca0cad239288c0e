using GoalLint.Serve.Data;

namespace GoalLint.Serve.Exports;

/// <summary>
/// What a 审核意见 letter to one unit says: the findings sent back (退回), grouped by project, each
/// with the evidence, where it is and how to put it right. The HTML page and the .docx share it.
/// </summary>
public sealed record Letter(string Unit, string RoundName, int Year, string Date, IReadOnlyList<LetterProject> Projects)
{
    public string Title => $"关于{Unit} {Year} 年度预算绩效目标的审核意见";

    public int Count => Projects.Sum(p => p.Findings.Count);

    public string Opening => Count == 0
        ? $"{Unit}：经审核，你单位报送的 {Year} 年度预算绩效目标未发现需要退回修改的问题。"
        : $"{Unit}：经审核，你单位报送的 {Year} 年度预算绩效目标中，{Projects.Count} 个项目共 {Count} 处需要修改，现予退回。请逐条修改后重新报送。";

    public static Letter For(Round round, string unit, IReadOnlyList<FindingRow> findings) => new(
        unit, round.Name, round.Year, Clock.Today().ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture),
        findings.Where(f => f.Decision?.Verdict == "sendback")
            .GroupBy(f => (f.Project, f.File))
            .Select(g => new LetterProject(g.Key.Project, g.Key.File, g.ToArray()))
            .ToArray());
}

/// <summary>One project's sent-back findings.</summary>
public sealed record LetterProject(string Project, string File, IReadOnlyList<FindingRow> Findings);
