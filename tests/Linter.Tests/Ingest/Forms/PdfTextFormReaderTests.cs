using GoalLint.Ingest;
using GoalLint.Ingest.Forms.PdfText;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Forms;

public class PdfTextFormReaderTests
{
    private const string Head = """
        表13

        项目绩效目标表

        项目名称 测试项目

        项目类型 其他运转类（综合类）

        主管部门 某市某局

        用款单位 某市某中心

        实施周期 起始年度 2022 到期年度 2024

        2024年预算金额
        （万元）

        12.50

        总体绩效目标

        实施周期总目标

        每年完成设备维护，保障
        办公正常运转。

        2024年度目标

        当年完成设备维护。

        绩效
        指标

        一级指标 二级指标 三级指标 实施周期指标值 当年度指标值

        """;

    [Fact]
    public void Reads_header_goals_single_line_rows_and_empty_slots()
    {
        var (tables, context) = Read(Head + """
            产出指标

            数量指标

            设备维护次数 每年≥60次 当年≥60次

            质量指标 设备维修率 ≥90% ≥90%

            效益指标

            经济效益指
            标

            社会效益 
            指标

            保障办公环境 有效保障 有效保障

            满意度指
            标

            服务对象 
            满意度指标

            """);

        var table = Assert.Single(tables);
        Assert.Empty(context.Diagnostics);
        Assert.Equal(TableKind.ProjectGoals, table.Kind);
        Assert.Equal("测试项目", table.Header.ProjectName?.Text);
        Assert.Equal(new SourceLocation(5, 6), table.Header.ProjectName?.At);
        Assert.Equal("某市某中心", table.Header.SpendingUnit?.Text);
        Assert.Equal(2022m, table.Header.CycleStartYear?.Value);
        Assert.Equal(2024m, table.Header.CycleEndYear?.Value);
        Assert.Equal(2024m, table.Header.BudgetYear?.Value);
        Assert.Equal(new MoneyField(125_000m, "12.50", "万元", new SourceLocation(18, 1)), table.Header.Budget);
        Assert.Equal("每年完成设备维护，保障办公正常运转。", table.Goals.CycleGoal?.Text);
        Assert.Equal("2024年度目标", table.Goals.AnnualGoalLabel?.Text);
        Assert.Equal("当年完成设备维护。", table.Goals.AnnualGoal?.Text);

        Assert.Equal(
            ["产出指标|数量指标|设备维护次数|每年≥60次|当年≥60次", "产出指标|质量指标|设备维修率|≥90%|≥90%", "效益指标|社会效益指标|保障办公环境|有效保障|有效保障"],
            table.Indicators.Select(Cells));
        Assert.Equal(
            ["数量指标:1", "质量指标:1", "经济效益指标:0", "社会效益指标:1", "服务对象满意度指标:0"],
            table.Slots.Select(s => $"{s.Level2?.Text}:{s.IndicatorCount}"));
        Assert.Equal("设备维修率\t≥90%\t≥90%", table.Indicators[1].SourceRow);
        Assert.Equal(new SourceLocation(41, 6), table.Indicators[1].Name?.At);
    }

    [Fact]
    public void Reads_the_budget_parts_under_it_in_its_unit()
    {
        var head = Head.Replace("12.50\n", "12.50\n\n其中：财政资金 8.00\n\n中央补助资金 4.50\n", StringComparison.Ordinal);
        var (tables, context) = Read(head + """
            产出指标

            数量指标

            设备维护次数 每年≥60次 当年≥60次

            """);

        var table = Assert.Single(tables);
        Assert.Empty(context.Diagnostics);
        Assert.Equal(125_000m, table.Header.Budget?.Yuan);
        Assert.Equal(80_000m, table.Header.FiscalFunds?.Yuan);
        var source = Assert.Single(table.Header.FundSources ?? []);
        Assert.Equal(45_000m, source.Amount.Yuan);
        Assert.DoesNotContain(table.Header.Other, f => f.Label.Contains("资金", StringComparison.Ordinal));
    }

    [Fact]
    public void Splits_cells_wrapped_onto_lines_of_their_own()
    {
        var (tables, context) = Read(Head + """
            产出指标

            数量指标

            审查面积
            每年不低于土地约2万
            亩，房产约2700万平

            方米

            当年不低于土地约2万亩，
            房产约2700万平方米

            寄递件数
            每年寄递件数不低于

            350件
            当年寄递件数不低于350件

            质量指标 合同服务量达成比率
            合同期内服务条款完

            成率≥90%
            当年合同期内服务条款完成

            率≥90%

            """);

        Assert.Empty(context.Diagnostics);
        Assert.Equal(
            [
                "产出指标|数量指标|审查面积|每年不低于土地约2万亩，房产约2700万平方米|当年不低于土地约2万亩，房产约2700万平方米",
                "产出指标|数量指标|寄递件数|每年寄递件数不低于350件|当年寄递件数不低于350件",
                "产出指标|质量指标|合同服务量达成比率|合同期内服务条款完成率≥90%|当年合同期内服务条款完成率≥90%",
            ],
            Assert.Single(tables).Indicators.Select(Cells));
    }

    [Fact]
    public void Joins_a_wrapped_name_to_the_values_line_below_it()
    {
        var (tables, _) = Read(Head + """
            效益指标

            社会效益 
            指标

            提高不动产登记的社会影响
            力和公众知晓度，提高便民

            服务质量
            效果明显 效果明显

            提高不动产登记改革公众知
            晓度

            有效提高 有效提高

            """);

        Assert.Equal(
            ["效益指标|社会效益指标|提高不动产登记的社会影响力和公众知晓度，提高便民服务质量|效果明显|效果明显", "效益指标|社会效益指标|提高不动产登记改革公众知晓度|有效提高|有效提高"],
            Assert.Single(tables).Indicators.Select(Cells));
    }

    [Fact]
    public void Continues_a_slot_over_a_page_break()
    {
        var (tables, _) = Read(Head + """
            产出指标

            质量指标

            档案整理合格率 ≥95% ≥95%

            - 3 -

            绩效
            指标

            产出指标

            质量指标

            质量合格率 100% 100%

            时效指标 费用支付及时率 100% 100%

            """);

        var table = Assert.Single(tables);
        Assert.Equal(["质量指标:2", "时效指标:1"], table.Slots.Select(s => $"{s.Level2?.Text}:{s.IndicatorCount}"));
        Assert.Equal(["档案整理合格率", "质量合格率", "费用支付及时率"], table.Indicators.Select(i => i.Name?.Text));
    }

    [Fact]
    public void Tells_a_wrapped_name_from_a_value_that_starts_below_it()
    {
        var (tables, _) = Read(Head + """
            效益指标

            可持续影响
            指标

            提高不动产登记业务办理效
            率电子档案备份周期

            不动产登记电子档案
            每半年备份一次。

            不动产登记电子档案每半年
            备份一次。

            E信通平台发送的短信条数
            当月平均发送条数为
            45000条，年度发送短
            信数约为540000条

            当月平均发送条数为45000
            条，年度发送短信数约为

            540000条

            """);

        Assert.Equal(
            [
                "提高不动产登记业务办理效率电子档案备份周期|不动产登记电子档案每半年备份一次。|不动产登记电子档案每半年备份一次。",
                "E信通平台发送的短信条数|当月平均发送条数为45000条，年度发送短信数约为540000条|当月平均发送条数为45000条，年度发送短信数约为540000条",
            ],
            Assert.Single(tables).Indicators.Select(i => $"{i.Name?.Text}|{i.CycleValue?.Text}|{i.AnnualValue?.Text}"));
    }

    [Fact]
    public void A_title_repeated_on_a_continuation_page_does_not_open_a_table()
    {
        var (tables, _) = Read(Head + """
            产出指标

            数量指标 设备维护次数 每年≥60次 当年≥60次

            表13

            项目绩效目标表

            一级指标 二级指标 三级指标 实施周期指标值 当年度指标值

            质量指标 设备维修率 ≥90% ≥90%

            """ + "\n" + Head.Replace("测试项目", "第二项目", StringComparison.Ordinal) + """
            产出指标

            时效指标 服务响应及时率 100% 100%

            """);

        Assert.Equal(["测试项目:设备维护次数,设备维修率", "第二项目:服务响应及时率"], tables.Select(t => $"{t.Header.ProjectName?.Text}:{string.Join(',', t.Indicators.Select(i => i.Name?.Text))}"));
        Assert.Equal(45, tables[0].EndLine);
    }

    [Fact]
    public void Reports_a_row_with_more_pieces_than_cells_and_keeps_its_best_reading()
    {
        var (tables, context) = Read(Head + """
            产出指标

            数量指标 培训 人次 ≥100 ≥30

            """);

        var indicator = Assert.Single(Assert.Single(tables).Indicators);
        Assert.Equal("培训人次|≥100|≥30", $"{indicator.Name?.Text}|{indicator.CycleValue?.Text}|{indicator.AnnualValue?.Text}");
        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal("unsplit-row", diagnostic.Code);
        Assert.Equal(new SourceLocation(37, 6), diagnostic.At);
    }

    [Fact]
    public void Takes_the_cut_that_makes_spaced_values_alike()
    {
        var (tables, context) = Read(Head + """
            产出指标

            数量指标 培训人次 ≥ 90% ≥ 90%

            """);

        Assert.Empty(context.Diagnostics);
        Assert.Equal("产出指标|数量指标|培训人次|≥90%|≥90%", Cells(Assert.Single(Assert.Single(tables).Indicators)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("项目绩效目标表")]
    [InlineData("项目绩效目标表\n\n项目名称 X\n\n一级指标 二级指标 三级指标\n\n产出指标\n\n数量指标\n\n孤行")]
    [InlineData("项目绩效目标表\n项目名称\n2024年预算金额\n99999999999999999999999999999999.5\n实施周期 起始年度\n产出指标 数量指标 a b")]
    [InlineData("项目绩效目标表\n\n项目名称 X\n\n绩效\n指标\n\n。\n\n，\n\n%\n\n数量指标 a\n\nb\n\nc d\n\n满意度指标")]
    public void Never_throws_on_bad_or_truncated_input(string text)
    {
        var (tables, context) = Read(text);

        Assert.All(tables, t => Assert.Equal("guangdong-goals-pdf-text", t.Layout));
        Assert.All(context.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Code)));
    }

    [Fact]
    public void A_cell_cut_inside_a_bracket_is_reported_as_every_reader_reports_it()
    {
        var (tables, context) = Read(Head + """
            产出指标

            数量指标

            维护设备台数（含备 每年≥60台 当年≥60台

            """);

        var indicator = Assert.Single(Assert.Single(tables).Indicators);
        Assert.Equal("维护设备台数（含备", indicator.Name?.Text);
        var cut = Assert.Single(context.Diagnostics, d => d.Code == "unclosed-bracket");
        Assert.Equal(indicator.Name!.At, cut.At);
    }

    private static (IReadOnlyList<PerformanceTable> Tables, IngestContext Context) Read(string text)
    {
        var context = new IngestContext("test.txt");
        var tables = new PdfTextFormReader().Read(new SourceText("test.txt", text, "utf-8", SourceFormat.Text), context);
        return (tables, context);
    }

    private static string Cells(Indicator i) =>
        $"{i.Level1?.Text}|{i.Level2?.Text}|{i.Name?.Text}|{i.CycleValue?.Text}|{i.AnnualValue?.Text}";
}
