using GoalLint.Ingest;
using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Ingest.Forms.Blocks;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Forms;

public class BudgetTextReaderTests
{
    private const string Cover = "承德市某局\n2024 年部门预算绩效文本\n\n# 目 录\n\n## 第一部分 部门整体绩效目标\n\n一、总体绩效目标.....\t1\n\n1.2024 年示例项目绩效目标表.....\t5\n\n---\n\n";

    private const string Department =
        "# 第一部分\n\n## 部门整体绩效目标\n\n### 一、总体绩效目标\n\n全面完成年度任务。\n\n### 二、分项绩效目标\n\n" +
        "##### （一）资产管理得到加强\n\n绩效目标：资产家底进一步\n\n---\n\n摸清。\n\n绩效指标：完成清查 1 次。\n\n" +
        "#### （二）用途管制职责得到履行\n\n各项制度得到落实。\n\n绩效指标：划定三区三线。\n\n### 三、工作保障措施\n\n（一）完善制度建设。\n\n---\n\n";

    private const string Project =
        "### 1. 2024 年示例项目绩效目标表\n\n543001 某局本级\n\n单位：万元\n\n" +
        "项目编号\tP001\t\t项目名称\t2024 年示例 项目\t\t\n" +
        "预算规模及 资金用途\t预算数\t15.00\t其中：财政 资金\t12.50\t其他资金\t2.5\n" +
        "\t购买服务支出。\t\t\t\t\t\n" +
        "资金支出计 划（%）\t3 月底\t\t6 月底\t10 月底\t12 月底\t\n" +
        "\t\t\t\t30%\t100%\t\n" +
        "绩效目标\t1. 完成示例工作。\t\t\t\t\t\n" +
        "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t\n" +
        "产出指标\t数量指标\t检查 次数\t开展检查次数\t≥1 次\t年度工作计划\t\n" +
        "\t质量指标\t合格率\t成果合格\t≥90%\t行业规范\t\n" +
        "效益指标\t社会效益指 标\t提升水平\t提升监管水平\t提升监管水平\t巩固提升\t\n" +
        "\t生态效益指标\t改善环境\t环境改善\t环境改善\t环境要求\t\n" +
        "满意度指标\t服务对象满意度指标\t\t\t\t\t\n";

    [Theory]
    [InlineData("地质灾害点 核查", "地质灾害点核查")]
    [InlineData("≥95 百分 比", "≥95百分比")]
    [InlineData("做好 OA 等系统", "做好OA等系统")]
    [InlineData("6- 10 月", "6- 10月")]
    [InlineData("接待工作 2. 做好管理", "接待工作 2.做好管理")]
    [InlineData("<b>其中：财政 资金</b>", "其中：财政资金")]
    public void Unwrap_removes_only_the_spaces_a_wrapped_chinese_cell_left(string cell, string expected) =>
        Assert.Equal(expected, WrapSpaces.Remove(cell));

    [Fact]
    public void Reads_the_department_narrative_with_its_sub_goals()
    {
        var (tables, _) = Read(Cover + Department + Project);

        var department = tables[0];
        Assert.Equal(TableKind.DepartmentGoals, department.Kind);
        Assert.Equal("全面完成年度任务。", department.Goals.AnnualGoal?.Text);
        Assert.Equal(2024m, department.Header.BudgetYear?.Value);
        Assert.Equal("承德市某局", department.Header.SupervisingDepartment?.Text);
        Assert.Collection(
            department.Goals.SubGoals,
            first =>
            {
                Assert.Equal("（一）资产管理得到加强", first.Title.Text);
                Assert.Equal("资产家底进一步摸清。", first.Goal?.Text);
                Assert.Equal("完成清查1次。", first.IndicatorText?.Text);
            },
            second =>
            {
                Assert.Equal("各项制度得到落实。", second.Goal?.Text);
                Assert.Equal("划定三区三线。", second.IndicatorText?.Text);
            });
    }

    [Fact]
    public void Reads_the_project_header_in_wan_yuan_and_the_plan_by_column()
    {
        var (tables, _) = Read(Cover + Project);

        var table = Assert.Single(tables);
        var header = table.Header;
        Assert.Equal("1. 2024 年示例项目绩效目标表", table.Title?.Text);
        Assert.Equal(new SourceLocation(14, 5), table.Title?.At);
        Assert.Equal(("P001", "2024年示例项目", "某局本级"), (header.ProjectCode?.Text, header.ProjectName?.Text, header.SpendingUnit?.Text));
        Assert.Equal((150_000m, "万元", "15.00"), (header.Budget!.Yuan, header.Budget.Unit, header.Budget.Raw));
        Assert.Equal(125_000m, header.FiscalFunds?.Yuan);
        Assert.Equal(25_000m, header.OtherFunds?.Yuan);
        Assert.Equal("购买服务支出。", header.FundUse?.Text);
        Assert.Equal([(3, null), (6, null), (10, 30m), (12, 100m)], header.SpendingPlan.Select(p => (p.Month, p.Percent)));
        Assert.Equal("1.完成示例工作。", table.Goals.AnnualGoal?.Text);
    }

    [Theory]
    [InlineData("预算数（万元）\t财政资金（万元）\t其他资金（万元）\n", 150_000d)]
    [InlineData("", null)]
    public void A_row_of_amounts_is_read_by_the_labels_over_it_and_said_lost_without_them(string labels, double? budget)
    {
        var (tables, diagnostics) = Read(
            "示例项目绩效目标表\n（2024年度）\n项目名称\t示例项目\n" + labels + "15.00\t12.50\t2.50\n" +
            "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n产出指标\t数量指标\t检查次数\t开展检查次数\t≥1次\t年度工作计划\n");

        var header = Assert.Single(tables).Header;
        Assert.Equal(2024m, header.BudgetYear?.Value);
        Assert.Empty(header.Other);
        if (budget is null)
        {
            Assert.Null(header.Budget);
            Assert.Equal("unplaced-row", Assert.Single(diagnostics).Code);
        }
        else
        {
            Assert.Equal(((decimal)budget, 125_000m, 25_000m), (header.Budget?.Yuan, header.FiscalFunds?.Yuan, header.OtherFunds?.Yuan));
            Assert.Empty(diagnostics);
        }
    }

    [Fact]
    public void Carries_blank_levels_down_and_unwraps_cells()
    {
        var (tables, _) = Read(Project);

        var indicators = tables[0].Indicators;
        Assert.Equal(4, indicators.Count);
        Assert.Equal(("产出指标", "质量指标", "合格率"), (indicators[1].Level1?.Text, indicators[1].Level2?.Text, indicators[1].Name?.Text));
        Assert.Equal(new SourceLocation(14, 1), indicators[1].Level1?.At);
        Assert.Equal(("检查次数", "≥1次"), (indicators[0].Name?.Text, indicators[0].AnnualValue?.Text));
        Assert.Equal("社会效益指标", indicators[2].Level2?.Text);
        Assert.Equal("\t质量指标\t合格率\t成果合格\t≥90%\t行业规范", indicators[1].SourceRow);
    }

    [Fact]
    public void Realigns_a_row_whose_description_was_copied_into_the_value_column()
    {
        var (tables, diagnostics) = Read(Project);

        var shifted = tables[0].Indicators[2];
        Assert.Equal(("提升监管水平", "巩固提升", null), (shifted.Description?.Text, shifted.AnnualValue?.Text, shifted.ValueBasis?.Text));
        var report = Assert.Single(diagnostics, d => d.Code == "shifted-row");
        Assert.Equal(16, report.At.Line);
        var repeated = tables[0].Indicators[3];
        Assert.Equal(("环境改善", "环境要求"), (repeated.AnnualValue?.Text, repeated.ValueBasis?.Text));
    }

    [Fact]
    public void Realigns_a_row_that_lost_its_first_cell()
    {
        var source = Project.Replace("\t质量指标\t合格率", "质量指标\t合格率");

        var (tables, diagnostics) = Read(source);

        var row = tables[0].Indicators[1];
        Assert.Equal(("产出指标", "质量指标", "合格率", "行业规范"), (row.Level1?.Text, row.Level2?.Text, row.Name?.Text, row.ValueBasis?.Text));
        Assert.Contains(diagnostics, d => d.Code == "shifted-row" && d.At.Line == 15);
    }

    [Fact]
    public void Declares_every_slot_including_empty_ones()
    {
        var (tables, _) = Read(Project);

        Assert.Equal(
            [("产出指标", "数量指标", 1), ("产出指标", "质量指标", 1), ("效益指标", "社会效益指标", 1), ("效益指标", "生态效益指标", 1), ("满意度指标", "服务对象满意度指标", 0)],
            tables[0].Slots.Select(s => (s.Level1?.Text, s.Level2?.Text, s.IndicatorCount)));
    }

    [Fact]
    public void Continues_a_row_split_by_a_page_break_and_a_title_without_heading_marks()
    {
        var source = Project.Replace("### 1. 2024", "1. 2024")
            .Replace("\t质量指标\t合格率\t成果合格\t≥90%\t行业规范\t\n", "\t质量指标\t合格率\t成果\t≥90%\t行业\t\n\n---\n\n\t\t\t合格\t\t规范\t\n");

        var (tables, diagnostics) = Read(Cover + source);

        var table = Assert.Single(tables);
        Assert.Equal("1. 2024 年示例项目绩效目标表", table.Title?.Text);
        var row = table.Indicators[1];
        Assert.Equal(("成果合格", "≥90%", "行业规范"), (row.Description?.Text, row.AnnualValue?.Text, row.ValueBasis?.Text));
        Assert.Equal(4, table.Indicators.Count);
        Assert.DoesNotContain(diagnostics, d => d.Code == "unplaced-row");
    }

    [Fact]
    public void Reports_lines_after_the_indicator_table_that_are_not_indicator_rows()
    {
        var (tables, diagnostics) = Read(Project + "填报人\t张三\t\t\t\t\t\n注：本表金额单位为万元\n");

        Assert.Equal(5, tables[0].Slots.Count);
        Assert.Equal([19, 20], diagnostics.Where(d => d.Code == "unplaced-row").Select(d => d.At.Line));
    }

    [Fact]
    public void Reads_the_corpus_file_into_a_department_table_and_its_project_tables()
    {
        var document = DocumentLoader.CreateDefault().Load(Repo.CorpusFile("chengde-zrzy-2023-goals.md"));

        Assert.Equal("hebei-goals", document.Layout);
        Assert.Equal(TableKind.DepartmentGoals, document.Tables[0].Kind);
        Assert.Equal(6, document.Tables[0].Goals.SubGoals.Count);
        Assert.Equal(22, document.Tables.Count(t => t.Kind == TableKind.ProjectGoals));
        Assert.All(document.Tables.Skip(1), t => Assert.NotEmpty(t.Indicators));
        Assert.All(document.Tables, t => Assert.Equal(2023m, t.Header.BudgetYear?.Value));
    }

    [Fact]
    public void Never_throws_on_truncated_or_damaged_input()
    {
        var full = Cover + Department + Project;
        for (var length = 0; length <= full.Length; length += 7)
        {
            Read(full[..length]);
            Read(full[..length].Replace('\t', ' '));
            Read(full[(full.Length - length)..]);
        }
    }

    private static (IReadOnlyList<PerformanceTable> Tables, IReadOnlyList<IngestDiagnostic> Diagnostics) Read(string text)
    {
        var context = new IngestContext("test.md");
        var tables = new BudgetTextReader().Read(new SourceText("test.md", text, "utf-8", SourceFormat.Markdown), context);
        return (tables, context.Diagnostics);
    }
}
