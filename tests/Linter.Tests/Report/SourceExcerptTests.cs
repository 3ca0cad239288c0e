using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Model;
using GoalLint.Report.Templates;

namespace GoalLint.Tests.Report;

/// <summary>The 原文 excerpt highlights where the finding points, not the first place its evidence occurs.</summary>
public sealed class SourceExcerptTests
{
    [Fact]
    public void The_value_cell_is_highlighted_not_the_same_word_inside_the_level2_label()
    {
        var (document, indicator) = Row("效益指标", "可持续影响指标", "提供长期稳定服务", "可持续", "可持续");
        var row = Excerpt(document, indicator, indicator.AnnualValue!.At, "可持续");
        Assert.Equal("可持续", row.Match);
        Assert.Equal("效益指标\t可持续影响指标\t提供长期稳定服务\t可持续\t", row.Before);
        Assert.Equal("", row.After);
    }

    [Fact]
    public void Of_two_equal_cells_the_located_one_is_highlighted()
    {
        var (document, indicator) = Row("效益指标", "社会效益指标", "服务水平", "巩固提升", "巩固提升");
        Assert.Equal("效益指标\t社会效益指标\t服务水平\t", Excerpt(document, indicator, indicator.CycleValue!.At, "巩固提升").Before);
        Assert.Equal("效益指标\t社会效益指标\t服务水平\t巩固提升\t", Excerpt(document, indicator, indicator.AnnualValue!.At, "巩固提升").Before);
    }

    [Fact]
    public void A_span_inside_a_cell_is_highlighted_where_its_column_says()
    {
        var (document, indicator) = Row("产出指标", "数量指标", "培训人次（人次）", "≥100人次", "≥100人次");
        var row = Excerpt(document, indicator, indicator.Name!.At with { Column = indicator.Name.At.Column + 5 }, "人次");
        Assert.Equal("产出指标\t数量指标\t培训人次（", row.Before);
        Assert.Equal("人次", row.Match);
    }

    private static SourceRowView Excerpt(PerformanceDocument document, Indicator indicator, SourceLocation at, string evidence)
    {
        var finding = FindingFactory.Create(ReportSample.Rules[3], new ReportedIssue(document, document.Tables[0], at, evidence, indicator));
        return SourceExcerpt.For(finding, document)!;
    }

    /// <summary>A tab-separated row: 一级, 二级, 三级, cycle and annual value, each located where it starts on line 12.</summary>
    private static (PerformanceDocument, Indicator) Row(string level1, string level2, string name, string cycle, string annual)
    {
        var document = new PerformanceDocument { Path = "a.txt" };
        var table = new PerformanceTable { Kind = TableKind.ProjectGoals, Layout = "guangdong-goals-grid", At = new SourceLocation(1, 1), EndLine = 20 };
        var cells = new[] { level1, level2, name, cycle, annual };
        var at = cells.Select((c, i) => new SourceLocation(12, 1 + cells.Take(i).Sum(x => x.Length + 1))).ToArray();
        var indicator = new Indicator
        {
            Level1 = new TextField(level1, at[0]),
            Level2 = new TextField(level2, at[1]),
            Name = new TextField(name, at[2]),
            CycleValue = new IndicatorValue(new TextField(cycle, at[3])),
            AnnualValue = new IndicatorValue(new TextField(annual, at[4])),
            At = at[0],
            SourceRow = string.Join('\t', cells),
        };
        table.Indicators.Add(indicator);
        document.Tables.Add(table);
        return (document, indicator);
    }
}
