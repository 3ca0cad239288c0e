using System.Text;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// Small generated submissions, each the shipped example of one layout with one hostile edit:
/// numbers no cast or division survives, rows of thousands of cells, and tables trailed by
/// thousands of lines that each draw a diagnostic. Each case is a regression test of issue 12.
/// </summary>
public static class HostileInputs
{
    private static readonly string Tsv = File.ReadAllText(Repo.InRepo("examples", "guangdong-goals-2023.tsv"));
    private static readonly string Shenzhen = File.ReadAllText(Repo.InRepo("examples", "shenzhen-selfeval-2020.txt"));
    private static readonly string Hebei = File.ReadAllText(Repo.InRepo("examples", "hebei-goals-2024.md"));
    private static readonly string Department = File.ReadAllText(Repo.InRepo("tests", "shapes", "bumen-tasks.tsv"));

    /// <summary>Case name ⇒ (file extension, text).</summary>
    public static IReadOnlyDictionary<string, (string Extension, string Text)> All { get; } = new Dictionary<string, (string, string)>
    {
        // The start year once cast to int by year-mismatch (OverflowException).
        ["huge-start-year"] = (".tsv", Replace(Tsv, "起始年度\t2023", "起始年度\t9223372036854775808")),
        // A 全年预算数 that selfeval-execution-rate once divided by (decimal overflow).
        ["tiny-budget"] = (".txt", Replace(Shenzhen, "300000.00\t300000.00\t240000.00", "300000.00\t0.0000000000000000000000001\t240000.00")),
        ["huge-negative-amount"] = (".txt", Replace(Shenzhen, "300000.00\t300000.00\t240000.00", "300000.00\t300000.00\t-79228162514264337593543950335")),
        // Two task amounts whose sum passes decimal (the 金额合计 check adds them).
        ["huge-task-amounts"] = (".tsv", Replace(Replace(Department, "\t210.00\t", "\t7000000000000000000000000\t"), "\t145.50\t", "\t7000000000000000000000000\t")),
        ["exponent-values"] = (".tsv", Replace(Tsv, "≥35公里\t≥35公里", "≥1e309公里\t≥9999999999999999公里")),
        // Thousands of cells in one row: each unplaced cell once quoted the whole row.
        ["wide-hebei-row"] = (".md", Replace(Hebei, "13080024P00000000001A\t", "13080024P00000000001A\t" + Repeat("多余单元格\t", 5_000))),
        ["wide-grid-row"] = (".tsv", Replace(Tsv, "≥95%\t≥95%", "≥95%\t≥95%" + Repeat("\t多余", 5_000))),
        // One table and then lines that each draw a diagnostic: the findings must stay bounded.
        ["pipe-lines"] = (".tsv", Tsv + Repeat("|\n", 20_000)),
    };

    public static TheoryData<string> Names => [.. All.Keys];

    private static string Replace(string text, string find, string with)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, with, StringComparison.Ordinal);
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();
}
