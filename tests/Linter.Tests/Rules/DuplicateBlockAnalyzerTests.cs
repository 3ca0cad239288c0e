using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class DuplicateBlockAnalyzerTests
{
    private static readonly (string Level2, string Name, string Value)[] Block =
    [
        ("数量指标", "数据库建设个数", "11个"),
        ("质量指标", "数据合格率", "100%"),
        ("时效指标", "完成时限", "12月底前"),
        ("成本指标", "经费总支出", "≤10万元"),
    ];

    private static PerformanceDocument Document(string path, params PerformanceTable[] tables)
    {
        var document = new PerformanceDocument { Path = path };
        document.Tables.AddRange(tables);
        return document;
    }

    private static PerformanceTable Project(string? name, int firstLine, params (string Level2, string Name, string Value)[] rows) =>
        Table(TableKind.ProjectGoals, name).With(rows.Select((r, i) => Row(firstLine + i, r.Level2, r.Name, r.Value)).ToArray());

    [Fact]
    public void A_block_copied_into_another_project_is_reported_once_on_the_later_table()
    {
        var first = Project("甲项目", 10, [("数量指标", "调查图斑数", "500个"), .. Block]);
        var second = Project("乙项目", 40, [.. Block, ("满意度指标", "使用单位满意度", "≥90%")]);
        var third = Project("丙项目", 70, ("数量指标", "调查图斑数", "500个"));

        var issue = Assert.Single(Run(new DuplicateBlockAnalyzer(), [Document("a.md", first), Document("b.md", second, third)]));

        Assert.Equal(("b.md", "乙项目"), (issue.Document.Path, issue.Table!.Header.ProjectName!.Text));
        Assert.Equal(("数据库建设个数", At(40, 3)), (issue.Evidence, issue.At));
        Assert.Equal("甲项目", issue.Values!["other"]);
        Assert.Equal("a.md", issue.Values["other-file"]);
        Assert.Equal("第 11 行", issue.Values["other-where"]);
        Assert.Equal("4", issue.Values["count"]);
    }

    [Fact]
    public void Same_project_short_blocks_and_changed_values_are_silent()
    {
        var changed = Block.Select((r, i) => i == 2 ? r with { Value = "6月底前" } : r).ToArray();
        var documents = new[]
        {
            Document("a.md", Project("甲项目", 10, Block)),
            Document("b.md", Project("甲 项目", 10, Block), Project("乙项目", 40, changed), Project(null, 70, Block)),
        };

        Assert.Empty(Run(new DuplicateBlockAnalyzer(), documents));
        Assert.NotEmpty(Run(new DuplicateBlockAnalyzer(), documents, ("min-indicators", 2)));
    }
}
