using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Layouts;

public class ShenzhenSelfEvaluationReaderTests
{
    private const string Top =
        "项目支出绩效自评表\n\n" +
        "项目名称\t示例 平台\t\t\t项目金额\t400000\t\t\t\n" +
        "主管部门\t某某局\t\t\t实施单位\t\t\t\t\n" +
        "联系人\t张三\t联系电话\t13800000000\t\t\t\t\t\n" +
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\n" +
        "\t年度资金总额\t36.00\t36.00\t35.10\t10\t0.98\t9.80\t\n" +
        "\t其中：当年财政拨款\t0.00\t0.00\t0.00\t—\t0.00\t—\t\n" +
        "\t上年结转资金\t0.00\t0.00\t0.00\t—\t0.00\t—\t\n" +
        "\t其他资金\t36.00\t36.00\t35.10\t—\t0.98\t—\t\n" +
        "年度总体 目标\t预期目标\t\t\t实际完成情况\t\t\t\t\n" +
        "\t提供数据 交换功能\t\t\t已按计划完成\t\t\t\t\n" +
        "\t和安全防护\t\t\t\t\t\t\t\n" +
        "年度绩效 指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";

    private static readonly ILayoutReader Reader = LayoutReaders.Of("shenzhen-self-evaluation");

    [Fact]
    public void Reads_header_funds_and_goals()
    {
        var table = Assert.Single(Read(Top + "总分\t\t\t\t\t100\t89.18\t—\t\n", out _));

        Assert.Equal((TableKind.SelfEvaluation, "项目支出绩效自评表"), (table.Kind, table.Title!.Text));
        Assert.Equal("示例平台", table.Header.ProjectName!.Text);
        Assert.Equal(400_000m, table.Header.Budget!.Yuan);
        Assert.Null(table.Header.SpendingUnit);
        Assert.Equal(("张三", "13800000000"), (table.Header.ContactPerson!.Text, table.Header.ContactPhone!.Text));
        Assert.Equal(
            [FundLineKind.Total, FundLineKind.CurrentAppropriation, FundLineKind.CarriedOver, FundLineKind.Other],
            table.Funds.Select(f => f.Kind));
        var total = table.Funds[0];
        Assert.Equal((36m, 35.10m, 10m, 0.98m, 9.80m, "万元"), (total.AnnualBudget!.Value, total.Executed!.Value, total.Weight!.Value, total.ExecutionRate!.Value, total.Score!.Value, total.Unit));
        Assert.Equal(new SourceLocation(7, 21), total.Executed.At);
        Assert.Null(table.Funds[1].Weight);
        Assert.Equal("提供数据交换功能和安全防护", table.Goals.ExpectedGoal!.Text);
        Assert.Equal(new SourceLocation(12, 2), table.Goals.ExpectedGoal.At);
        Assert.Equal("已按计划完成", table.Goals.ActualOutcome!.Text);
        Assert.Equal((100m, 89.18m), (table.TotalWeight!.Value, table.TotalScore!.Value));
    }

    [Fact]
    public void Reads_indicator_columns_and_carries_the_frame()
    {
        var rows =
            "\t产出指标\t数量指标\t硬件配置完成\t90%\t75%\t20\t16.67\t进度滞后\n" +
            "\t\t\t软件配置完成\t100%\t100%\t10\t10\t\n" +
            "\t效益指标\t经济效益指标\t*\t0\t0\t0\t0\t\n" +
            "总分\t\t\t\t\t\t100\t96\t—\n";

        var table = Assert.Single(Read(Top + rows, out var context));

        var first = table.Indicators[0];
        Assert.Equal(("90%", "75%", 20m, 16.67m, "进度滞后"), (first.AnnualValue!.Text, first.ActualValue!.Text, first.Weight!.Value, first.Score!.Value, first.DeviationReason!.Text));
        Assert.Equal("产出指标 › 数量指标 › 软件配置完成", table.Indicators[1].Path);
        Assert.Null(table.Indicators[1].DeviationReason);
        Assert.Equal(["产出指标/数量指标:2", "效益指标/经济效益指标:1"], table.Slots.Select(s => $"{s.Level1?.Text}/{s.Level2?.Text}:{s.IndicatorCount}"));
        Assert.Equal((100m, 96m), (table.TotalWeight!.Value, table.TotalScore!.Value));
        Assert.Empty(context.Diagnostics);
    }

    [Theory]
    [InlineData("满意度指标\t\t服务满意\t80%\t70%\t25\t21.88\t\t", "满意度指标 › 服务满意", "80%", 25)]
    [InlineData("\t\t满意度指标\t用户满意度\t95%\t99%\t20.0\t20.0\t", "满意度指标 › 用户满意度", "95%", 20)]
    [InlineData("\t\t成本指标\t整理单价\t整理单价\t≤13.8元/卷\t≤13.8元/卷\t5.0\t5.0", "产出指标 › 成本指标 › 整理单价", "≤13.8元/卷", 5)]
    [InlineData("\t扫描单价\t\t\t≤9.6元/卷\t≤9.6元/卷\t5.0\t5.0\t", "产出指标 › 数量指标 › 扫描单价", "≤9.6元/卷", 5)]
    [InlineData("\t时效指标\t附图关联\t完成制作\t按比例完成\t3.0\t1.38\t加快进度\t", "产出指标 › 时效指标 › 附图关联", "完成制作", 3)]
    [InlineData("群众满意度\t100%\t\t100%\t1\t1\t\t\t", "产出指标 › 数量指标 › 群众满意度", "100%", 1)]
    public void Shifted_rows_are_realigned_and_reported(string row, string path, string annual, int weight)
    {
        var rows = "\t产出指标\t数量指标\t硬件配置完成\t90%\t75%\t20\t16.67\t\n" + row + "\n总分\t\t\t\t\t100\t89\t—\n";

        var table = Assert.Single(Read(Top + rows, out var context));

        var indicator = table.Indicators[^1];
        Assert.Equal((path, annual, (decimal)weight), (indicator.Path, indicator.AnnualValue!.Text, indicator.Weight!.Value));
        var shifted = Assert.Single(context.Diagnostics);
        Assert.Equal(("shifted-row", 16, row.TrimEnd('\t')), (shifted.Code, shifted.At.Line, shifted.Evidence));
    }

    [Fact]
    public void A_cell_cut_inside_a_bracket_is_kept_and_reported()
    {
        var rows = "\t产出指标\t数量指标\t建设规模（平\t40\t100%\t2\t2\t\n总分\t\t\t\t\t100\t2\t—\n";

        var table = Assert.Single(Read(Top + rows, out var context));

        Assert.Equal("建设规模（平", table.Indicators[0].Name!.Text);
        var cut = Assert.Single(context.Diagnostics);
        Assert.Equal(("unclosed-bracket", new SourceLocation(15, 12)), (cut.Code, cut.At));
    }

    [Fact]
    public void A_table_cut_off_before_its_total_is_reported()
    {
        var tables = Read(Top + "\t产出指标\t数量指标\t采购率\t100%\t100%\t15.0\t15.0\t\n\n" + Top, out var context);

        Assert.Equal(2, tables.Count);
        Assert.Null(tables[0].TotalWeight);
        var missing = Assert.Single(context.Diagnostics);
        Assert.Equal(("missing-total", 15), (missing.Code, missing.At.Line));
    }

    [Theory]
    [InlineData("0.98")]
    [InlineData("98%")]
    [InlineData("98％")]
    [InlineData("98 %")]
    public void An_execution_rate_with_a_percent_sign_reads_as_the_same_fraction(string rate)
    {
        var text =
            "项目支出绩效自评表\n" +
            "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n" +
            $"\t年度资金总额\t36.00\t36.00\t35.28\t10\t{rate}\t9.80\n";

        var table = Assert.Single(Read(text, out var context));

        var written = Assert.Single(table.Funds).ExecutionRate!;
        Assert.Equal((0.98m, rate, new SourceLocation(3, 30)), (written.Value, written.Raw, written.At));
        Assert.Equal(["no-indicators"], context.Diagnostics.Select(d => d.Code)); // a funds block alone is no indicator table
    }

    [Theory]
    [InlineData("—", false)]
    [InlineData("%", true)]
    [InlineData("九成%", true)]
    public void An_execution_rate_that_is_no_number_is_not_read(string rate, bool reported)
    {
        var text =
            "项目支出绩效自评表\n" +
            "项目资金 (元)\t\t全年预算数\t全年执行数\t执行率\n" +
            $"\t年度资金总额\t100\t98\t{rate}\n";

        var line = Assert.Single(Assert.Single(Read(text, out var context)).Funds);

        Assert.Null(line.ExecutionRate);
        Assert.Equal(reported ? ["unparsed-number", "no-indicators"] : ["no-indicators"], context.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("项目支出绩效自评表\n")]
    [InlineData("项目支出绩效自评表\n项目资金 (元)\t\t年初预算数\t全年预算数\t全年执行数\n\t\t很多\t—\n\t\t\t\t\t\t\t\t\t1")]
    [InlineData("项目支出绩效自评表\n年度绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n\t\t\t\t\t\t满分\t零\n总分\t一百\n尾行")]
    public void Broken_input_never_throws(string text)
    {
        var tables = Read(text, out var context);

        Assert.All(tables, t => Assert.Equal("shenzhen-self-evaluation", t.Layout));
        Assert.All(context.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Message)));
    }

    private static SourceText Source(string text) => new("inline.txt", text, "utf-8", SourceFormat.Text);

    private static IReadOnlyList<PerformanceTable> Read(string text, out IngestContext context)
    {
        context = new IngestContext("inline.txt");
        return Reader.Read(Source(text), context);
    }
}
