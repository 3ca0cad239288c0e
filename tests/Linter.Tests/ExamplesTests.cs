using GoalLint.Check.Packs;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;
using GoalLint.Report;

namespace GoalLint.Tests;

/// <summary>
/// The README's first command lints examples/: every file there must read as the layout and
/// encoding it was written in, and the findings must stay what the README's table promises
/// (tests/golden/examples.txt; regenerate with GOALLINT_UPDATE_GOLDEN=1 and review the diff).
/// </summary>
public class ExamplesTests
{
    [Theory]
    [InlineData("guangdong-goals-2024.txt", "guangdong-goals-pdf-text", "utf-8", 2)]
    [InlineData("guangdong-goals-2023.tsv", "guangdong-goals-grid", "utf-8", 2)]
    [InlineData("guangdong-goals-2023-gbk.csv", "guangdong-goals-grid", "gb18030", 1)]
    [InlineData("shenzhen-selfeval-2020.txt", "shenzhen-self-evaluation", "utf-8", 2)]
    [InlineData("hebei-goals-2024.md", "hebei-goals", "utf-8", 3)]
    [InlineData("shaoguan-selfeval-2021.md", "guangdong-self-evaluation", "utf-8", 1)]
    public void Example_reads_as_its_layout(string file, string layout, string encoding, int tables)
    {
        var document = Normaliser.Normalise(DocumentLoader.CreateDefault().Load(Repo.InRepo("examples", file), file));

        Assert.Equal(layout, document.Layout);
        Assert.Equal(encoding, document.Encoding, ignoreCase: true);
        Assert.Equal(tables, document.Tables.Count);
        Assert.All(document.Tables.Where(t => t.Kind != TableKind.DepartmentGoals), t => Assert.NotEmpty(t.Indicators));
    }

    [Fact]
    public void Every_example_file_is_listed_above() =>
        Assert.Equal(6, Directory.GetFiles(Repo.InRepo("examples")).Length);

    [Fact]
    public void Findings_on_the_examples_match_the_golden()
    {
        var files = Directory.GetFiles(Repo.InRepo("examples")).Order(StringComparer.Ordinal).ToArray();

        var result = LintPipeline.Lint(files, RuleSetBuilder.Build(new RuleSetOptions()), f => "examples/" + Path.GetFileName(f));

        Golden.AssertMatches(Repo.InRepo("tests", "golden", "examples.txt"), ReportFormats.All["text"].Render(result));
    }
}
