using GoalLint.Ingest;

namespace GoalLint.Tests.Ingest.Forms;

/// <summary>
/// 绩效目标 is a goal's label and a 二级 of the evaluation frame (决策 › 绩效目标). Above the indicator header, with its
/// sentence beside it, it is the table's annual goal; inside the block, in the 二级 column under a merged 一级 or with
/// its indicator after it on the row, it is a 二级 row and the block reads on.
/// </summary>
public sealed class GoalLabelRowTests
{
    private const string Goal = "完成4处城区口袋公园建设，新增绿地面积不少于1.2万平方米，周边居民步行10分钟可达公园绿地。";

    [Theory]
    [InlineData(',', "", "")]
    [InlineData(',', "决策", "决策")]
    [InlineData('\t', "", "")]
    public void A_goal_label_is_the_goal_above_the_header_and_a_level2_inside_the_frame(char separator, string mergedLevel1, string repeatedLevel1)
    {
        using var folder = new TempFolder();
        string Line(params string[] cells) => string.Join(separator, cells);
        var path = folder.Write(separator == ',' ? "table.csv" : "table.tsv", string.Join("\n",
            Line("项目支出绩效评价指标表", "", "", "", ""),
            Line("项目名称", "城区口袋公园建设", "", "", ""),
            Line("绩效目标", Goal, "", "", ""),
            Line("一级指标", "二级指标", "三级指标", "分值", "得分"),
            Line("决策", "项目立项", "立项依据充分性", "4", "4"),
            Line(mergedLevel1, "绩效目标", "绩效目标合理性", "3", "3"),
            Line(repeatedLevel1, "", "绩效指标明确性", "3", "2"),
            Line("过程", "资金管理", "资金到位率", "5", "5"),
            Line("产出", "产出数量", "新建口袋公园数量", "45", "45"),
            Line("效益", "社会效益", "周边居民步行可达率", "40", "36"),
            Line("总分", "", "", "100", "95")) + "\n");

        var table = Assert.Single(Assert.Single(DocumentLoader.CreateDefault().LoadAll(path)).Tables);

        Assert.Equal(Goal, table.Goals.AnnualGoal?.Text);
        Assert.Equal(6, table.Indicators.Count);
        Assert.Equal(["项目立项", "绩效目标", "绩效目标", "资金管理", "产出数量", "社会效益"], table.Indicators.Select(i => i.Level2?.Text));
        Assert.Equal(0, table.Read?.CellsUnplaced);
    }
}
