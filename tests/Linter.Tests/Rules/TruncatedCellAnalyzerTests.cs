using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class TruncatedCellAnalyzerTests
{
    private static readonly (string, object) Endings = ("whole-endings", new List<string> { "率", "度", "数" });

    [Fact]
    public void A_value_cut_short_beside_its_full_text_is_reported_at_the_short_cell()
    {
        var table = Table(TableKind.ProjectGoals).With(
            Row(10, "社会效益指标", "媒体宣传效果", cycle: "获得正面报道和市政府认", annual: "获得正面报道和市政府认可"));

        var issue = Assert.Single(Run(new TruncatedCellAnalyzer(), table, Endings));

        Assert.Equal(("获得正面报道和市政府认", At(10, 4)), (issue.Evidence, issue.At));
        Assert.Equal("获得正面报道和市政府认可", issue.Values!["full"]);
    }

    [Fact]
    public void Names_are_compared_across_the_tables_of_the_document()
    {
        var first = Table(TableKind.ProjectGoals, "甲项目").With(Row(10, "数量指标", "完成档案数字化扫描工作量", "≥1万卷"));
        var second = Table(TableKind.ProjectGoals, "乙项目").With(Row(30, "数量指标", "完成档案数字化扫描", "≥2万卷"));
        var document = new PerformanceDocument { Path = "d.txt" };
        document.Tables.AddRange([first, second]);

        Assert.Empty(Run(new TruncatedCellAnalyzer(), document, first, Endings));
        var issue = Assert.Single(Run(new TruncatedCellAnalyzer(), document, second, Endings));
        Assert.Equal("第 10 行", issue.Values!["full-where"]);
    }

    [Theory]
    [InlineData("服务对象满意度", "服务对象满意度调查")]
    [InlineData("年度工作完成", "年度工作完成（以验收为准）")]
    [InlineData("按期完成", "按期完成工作任务")]
    [InlineData("设备采购数量", "设备采购数量")]
    [InlineData("为每名工作人员购置工作服。", "为每名工作人员购置工作服。预计购置57套。")]
    public void Whole_words_qualifiers_short_and_equal_texts_are_silent(string shorter, string longer)
    {
        var table = Table(TableKind.ProjectGoals).With(Row(10, "数量指标", shorter, "1个"), Row(11, "数量指标", longer, "2个"));

        Assert.Empty(Run(new TruncatedCellAnalyzer(), table, Endings));
    }
}
