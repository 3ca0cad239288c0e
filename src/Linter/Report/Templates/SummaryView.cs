namespace GoalLint.Report.Templates;

/// <summary>Counts for a whole run.</summary>
/// <param name="Files">Input files read.</param>
/// <param name="Tables">Tables found in them.</param>
/// <param name="Indicators">三级指标 rows checked.</param>
/// <param name="Findings">Findings reported, waived ones included, baselined ones not.</param>
/// <param name="Baselined">Findings left out because the baseline already lists them.</param>
/// <param name="Waived">Findings a waiver accepts: shown, but not counted by the gate.</param>
/// <param name="ExpiredWaivers">Waivers that matched a finding but have expired, so no longer count.</param>
/// <param name="Errors">Error findings, waived ones not counted.</param>
/// <param name="Warnings">Warning findings, waived ones not counted.</param>
/// <param name="Infos">Info findings, waived ones not counted.</param>
/// <param name="BySeverity">error, warning, info, always all three, in that order.</param>
/// <param name="ByCategory">Categories with findings, most findings first, then by name.</param>
/// <param name="ScoreFormula">How <see cref="TableView.Score"/> is computed, for the report to print.</param>
public sealed record SummaryView(
    int Files,
    int Tables,
    int Indicators,
    int Findings,
    int Baselined,
    int Waived,
    int ExpiredWaivers,
    int Errors,
    int Warnings,
    int Infos,
    IReadOnlyList<CountView> BySeverity,
    IReadOnlyList<CountView> ByCategory,
    string ScoreFormula);

/// <summary>A name and how many findings it has.</summary>
public sealed record CountView(string Name, int Count)
{
    /// <summary>The name as reports show it (a category's Chinese name); the name itself when it needs none.</summary>
    public string Label { get; init; } = Name;
}
