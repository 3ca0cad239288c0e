using GoalLint.Ingest;
using GoalLint.Ingest.Cells;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Cells;

/// <summary>
/// How one line of text becomes cells: a header line's labels cut from their values (and a line of
/// labelled amounts into each pair), a sign-off line's own labels and values, glued cells split
/// without breaking a value that compares.
/// </summary>
public class HeaderLineCellsTests
{
    [Theory]
    [InlineData("项目名称：城区绿道维护", "项目名称|城区绿道维护")]
    [InlineData("填报单位：某县文化馆", "填报单位|某县文化馆")]
    [InlineData("项目资金：年度资金总额 260.00万元，其中财政资金 240.00万元，其他资金 20.00万元", "年度资金总额|260.00万元|财政资金|240.00万元|其他资金|20.00万元")]
    [InlineData("项目资金：年度资金总额 95 万元（其中财政资金 95 万元）", "年度资金总额|95 万元|财政资金|95 万元")]
    [InlineData("资金总额 1,260,000.00元；其中：财政拨款 1,200,000.00元", "资金总额|1,260,000.00元|财政拨款|1,200,000.00元")]
    [InlineData("年度目标：完成改造，覆盖全县，其中财政资金不超过预算", "年度目标|完成改造，覆盖全县，其中财政资金不超过预算")]
    [InlineData("项目资金：详见附件", "项目资金|详见附件")]
    [InlineData("年度资金总额：2400.00　其中财政拨款：2400.00", "年度资金总额|2400.00|财政拨款|2400.00")]
    [InlineData("资金情况（万元）：年度资金总额 2450.00 其中：中央补助 1200.00 省级补助 650.00", "资金情况（万元）|年度资金总额|2450.00|中央补助|1200.00|省级补助|650.00")]
    [InlineData("资金总额：2450万元（其中中央补助1200万元、省级补助650万元）", "资金总额|2450万元|中央补助|1200万元|省级补助|650万元")]
    [InlineData("预算金额（万元） ：330.00 其中：区级财政资金 300.00", "预算金额（万元）|330.00|区级财政资金|300.00")]
    [InlineData("项目名称 库区岸线垃圾清理 预算年度 2025 主管部门 某区生态环境分局", "项目名称|库区岸线垃圾清理|预算年度|2025|主管部门|某区生态环境分局")]
    [InlineData("年度预算 412万元 其中财政资金 412万元", "年度预算|412万元|财政资金|412万元")]
    public void A_header_line_splits_into_labels_and_values(string line, string cells)
    {
        var split = FieldCells.Split([new Cell(line, new SourceLocation(1, 1))]).ToArray();

        Assert.Equal(cells, string.Join("|", split.Select(c => c.Text)));
        Assert.All(split, c => Assert.Equal(c.Text, line.Substring(c.At.Column - 1, c.Text.Length)));
    }

    [Theory]
    [InlineData("填报日期：2025年3月18日", "填报日期=2025年3月18日")]
    [InlineData("审批意见：经审核，该项目绩效目标明确，同意按上述目标执行。", "审批意见=经审核，该项目绩效目标明确，同意按上述目标执行。")]
    [InlineData("单位负责人：李某　　联系电话：略", "单位负责人=李某|联系电话=略")]
    [InlineData("备注: 金额含结转资金 ", "备注=金额含结转资金")]
    [InlineData("（含：监理费）", "")]
    [InlineData("2025年度：完成", "")]
    [InlineData("其中中央和自治区补助资金：120万元", "")]
    [InlineData("服务对象满意度", "")]
    [InlineData("审批意见：", "")]
    public void A_line_that_labels_its_own_values_gives_each_pair(string line, string pairs)
    {
        var fields = FieldCells.OtherFields(new Cell(line, new SourceLocation(1, 1)));

        Assert.Equal(pairs, string.Join("|", fields.Select(f => f.Label.Text + "=" + f.Value.Text)));
        Assert.All(fields.SelectMany(f => new[] { f.Label, f.Value }), c => Assert.Equal(c.Text, line.Substring(c.At.Column - 1, c.Text.Length)));
    }

    [Theory]
    [InlineData("较2024年提高≥3个百分点", "较2024年提高≥3个百分点")]
    [InlineData("同比增长10%", "同比增长10%")]
    [InlineData("林草植被盖度较2024年提高≥3个百分点", "林草植被盖度|较2024年提高≥3个百分点")]
    [InlineData("培训人数≥200人次", "培训人数|≥200人次")]
    [InlineData("完成时间2025年12月底前", "完成时间|2025年12月底前")]
    public void Glued_cells_keep_a_value_that_compares_whole(string text, string pieces) =>
        Assert.Equal(pieces, string.Join("|", GluedCells.Split(text)));
}
