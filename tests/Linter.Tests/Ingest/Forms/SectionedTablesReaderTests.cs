using GoalLint.Ingest;
using GoalLint.Ingest.Cells;
using GoalLint.Ingest.Forms.Sectioned;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Forms;

public class SectionedTablesReaderTests
{
    private const string Form = """
        市级财政支出项目绩效自评基础信息表

        | | | | | | | | |
        |---|---|---|---|---|---|---|---|
        | 填报单位名称: 某某中心 | | | | 金额单位: 万元 | | | |
        | 基本情况 | 项目名称 | 某某系统建设 | 评价年度 | 2021年 | 评价金额 | 50 | |
        | | 联系人 | 张三 | 联系电话 | 0751-1234567 | 联系邮箱 | a@b.cn | |
        | 资金概况 | 资金安排情况 | 分年度明细 | 年度 | 预算安排额度 | | | |
        | | | | | 中央及省级资金 | 市本级资金 | 转移支付至县（市、区） | 资金合计 |
        | | | | 2021 | | 50 | | 50 |
        | | | | 2020 | | 10 | | 10 |
        | | | | 0 | | | | |
        | 资金使用情况 | 按方向划分 | 实际明细支出 | 年度 | 中央及省级支出 | 市本级支出 | 转移支付县（市、区）支出 | 资金合计 |
        | | | | 2021 | | 45 | | 45 |
        | | 预期总体目标 | 建成系统。 | 是否如期实现预期总体目标 | 是 | | | |

        | | | | | | | | |
        |---|---|---|---|---|---|---|---|
        | 绩效目标情况 | 预期阶段性目标 | 目标一 目标二 | 实际完成情况 | 已完成 | | | |
        | | | | | 部分完成 | | | |
        | 绩效目标 | 产出指标 | 绩效指标 | 指标名称 | 指标计算公式 | 评价年度预期值 | 评价年度实现值 | 未完成原因说明 |
        | | | 数量指标 | 开发模块数 | 已开发模块 | 5个 | 4个 | 需求变更 |
        | | | | 培训人次 | 参训人数 | ≥100人次 | 120人次 | |
        | | | 质量指标 | 验收合格率 \| 初验 | 合格数/总数 | 100% | 100% | |
        | 绩效指标情况 | | | | | | | |

        | | | | | | |
        |---|---|---|---|---|---|
        | | | | | | |
        | 效益指标 | 社会效益指标 | 办件时长缩短 | 前后对比 | ≥20% | 25% 已完成 |
        | | 生态效益指标 | | | | |
        | 满意度指标 | 服务对象满意度指标 | 群众满意度 | 问卷 | ≥90% | 95% 已完成 |
        | 单位需要说明的其他情况 | 无 | | | | |

        备注：附件另附。

        市级财政支出项目绩效自评报告

        | | |
        |---|---|
        | 市级项目主管部门(公章): | 某某局 |
        | 联系电话: | 12345 |
        """;

    [Fact]
    public void Reads_header_goals_and_funds()
    {
        var (table, _) = ReadOne(Form);

        Assert.Equal(TableKind.SelfEvaluation, table.Kind);
        Assert.Equal("市级财政支出项目绩效自评基础信息表", table.Title?.Text);
        Assert.Equal("某某系统建设", table.Header.ProjectName?.Text);
        Assert.Equal("某某中心", table.Header.SpendingUnit?.Text);
        Assert.Equal("某某局", table.Header.SupervisingDepartment?.Text);
        Assert.Equal("张三", table.Header.ContactPerson?.Text);
        Assert.Equal("0751-1234567", table.Header.ContactPhone?.Text);
        Assert.Equal("a@b.cn", table.Header.ContactEmail?.Text);
        Assert.Equal(2021m, table.Header.BudgetYear?.Value);
        Assert.Equal(500_000m, table.Header.Budget?.Yuan);
        Assert.Equal("万元", table.Header.Budget?.Unit);
        Assert.Contains(table.Header.Other, o => o.Label == "联系电话" && o.Value.Text == "12345");
        Assert.Contains(table.Header.Other, o => o.Label == "备注" && o.Value.Text == "附件另附。");
        Assert.Contains(table.Header.Other, o => o.Label == "是否如期实现预期总体目标" && o.Value.Text == "是");
        Assert.Equal("建成系统。", table.Goals.ExpectedGoal?.Text);
        Assert.Equal("已完成\n部分完成", table.Goals.ActualOutcome?.Text);
        Assert.Equal(At(Form, "某某系统建设"), table.Header.ProjectName!.At);
        Assert.Equal(At(Form, "某某中心"), table.Header.SpendingUnit!.At);
    }

    [Fact]
    public void Budget_parts_are_read_as_every_reader_reads_them()
    {
        var form = Form.Replace(
            "| | 联系人 | 张三 |",
            "| | 财政资金 | 40 | 省级补助资金 | 10 | | | |\n| | 联系人 | 张三 |",
            StringComparison.Ordinal);
        var (table, _) = ReadOne(form);

        Assert.Equal(500_000m, table.Header.Budget?.Yuan);
        Assert.Equal(400_000m, table.Header.FiscalFunds?.Yuan);
        var source = Assert.Single(table.Header.FundSources ?? []);
        Assert.Equal((100_000m, "万元"), (source.Amount.Yuan, source.Amount.Unit));
    }

    [Fact]
    public void Funds_keep_the_evaluation_year_per_column()
    {
        var (table, diagnostics) = ReadOne(Form);

        Assert.Equal(["中央及省级资金", "市本级资金", "转移支付至县（市、区）", "资金合计"], table.Funds.Select(f => f.Label.Text));
        var city = table.Funds[1];
        Assert.Equal((50m, 45m, "万元"), (city.AnnualBudget?.Value, city.Executed?.Value, city.Unit));
        Assert.Equal(FundLineKind.Total, table.Funds[3].Kind);
        Assert.Null(table.Funds[0].AnnualBudget);
        Assert.Contains(diagnostics, d => d.Code == "unplaced-row" && d.Evidence!.Contains("2020"));
    }

    [Fact]
    public void Indicators_carry_frame_values_and_locations()
    {
        var (table, _) = ReadOne(Form);

        // Names are unwrapped as every reader unwraps them: the gap around the escaped pipe goes.
        Assert.Equal(["开发模块数", "培训人次", "验收合格率|初验", "办件时长缩短", "群众满意度"], table.Indicators.Select(i => i.Name!.Text));
        var first = table.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "已开发模块"), (first.Level1?.Text, first.Level2?.Text, first.Formula?.Text));
        Assert.Equal(("5个", "4个", "需求变更"), (first.AnnualValue?.Text, first.ActualValue?.Text, first.DeviationReason?.Text));
        Assert.Null(table.Indicators[1].DeviationReason);
        Assert.Equal("数量指标", table.Indicators[1].Level2?.Text);
        Assert.Equal("\t\t数量指标\t开发模块数\t已开发模块\t5个\t4个\t需求变更", first.SourceRow);

        Assert.Equal(At(Form, "开发模块数"), first.Name!.At);
        Assert.Equal(At(Form, "5个"), first.AnnualValue!.At);
        Assert.Equal(first.Name.At.Line, first.At.Line);
    }

    [Fact]
    public void Continuation_table_with_fewer_columns_is_re_anchored_and_reported()
    {
        var (table, diagnostics) = ReadOne(Form);

        var social = table.Indicators.Single(i => i.Name!.Text == "办件时长缩短");
        Assert.Equal(("效益指标", "社会效益指标", "前后对比", "≥20%", "25% 已完成"),
            (social.Level1?.Text, social.Level2?.Text, social.Formula?.Text, social.AnnualValue?.Text, social.ActualValue?.Text));
        Assert.Null(social.DeviationReason);
        Assert.Single(diagnostics, d => d.Code == "missing-columns" && d.Message.Contains("未完成原因说明"));
        Assert.Contains(table.Header.Other, o => o.Label == "单位需要说明的其他情况" && o.Value.Text == "无");
    }

    [Fact]
    public void Every_declared_slot_is_kept_including_empty_ones()
    {
        var (table, _) = ReadOne(Form);

        Assert.Equal(
            ["产出指标/数量指标:2", "产出指标/质量指标:1", "效益指标/社会效益指标:1", "效益指标/生态效益指标:0", "满意度指标/服务对象满意度指标:1"],
            table.Slots.Select(s => $"{s.Level1?.Text}/{s.Level2?.Text}:{s.IndicatorCount}"));
    }

    [Fact]
    public void Each_title_starts_a_new_form()
    {
        var tables = new SectionedTablesReader().Read(Source(Form + "\n\n" + Form.Replace("某某系统建设", "另一项目", StringComparison.Ordinal)), new IngestContext("t.md"));

        Assert.Equal(["某某系统建设", "另一项目"], tables.Select(t => t.Header.ProjectName?.Text));
        Assert.All(tables, t => Assert.Equal(5, t.Indicators.Count));
        Assert.True(tables[0].EndLine < tables[1].At.Line);
    }

    [Fact]
    public void Pipe_rows_keep_locations_of_blank_cells_and_blank_rows()
    {
        var blocks = PipeTables.Read(Source("title\n\n| a | |\n|---|---|\n| | |\n| x \\| y | z |"));

        var table = Assert.Single(blocks, b => b.IsTable);
        Assert.Equal([3, 5, 6], table.Rows.Select(r => r.Line));
        Assert.Equal(new SourceLocation(3, 6), table.Rows[0].Cells[1].At);
        Assert.Equal(new SourceLocation(5, 2), table.Rows[1].Cells[0].At);
        Assert.Equal(("x | y", new SourceLocation(6, 3)), (table.Rows[2][0], table.Rows[2].Cells[0].At));
        Assert.Equal(new SourceLocation(1, 1), blocks[0].Rows[0].At);
    }

    [Theory]
    [InlineData("")]
    [InlineData("市级财政支出项目绩效自评基础信息表\n\n| 指标名称 |\n|--|\n| | 数量指标 | x |")]
    [InlineData("| 资金概况 | 年度 |\n|---|---|\n| 2019 | 200 | 300 | 400 |\n| | | | | 已完成 |")]
    [InlineData("| 绩效目标 | 指标名称 | 评价年度实现值 |\n|---|---|---|\n| 数量指标 | a | 1 |\n\n| x |\n|---|\n| y |")]
    public void Truncated_or_odd_input_never_throws(string text)
    {
        var context = new IngestContext("t.md");

        var tables = new SectionedTablesReader().Read(Source(text), context);

        Assert.All(tables, t => Assert.All(t.Indicators, i => Assert.True(i.At.IsKnown)));
    }

    [Fact]
    public void Corpus_file_reads_as_one_table_with_every_indicator()
    {
        var context = new IngestContext("corpus.md");
        var table = Assert.Single(new SectionedTablesReader().Read(Source(File.ReadAllText(Repo.CorpusFile("shaoguan-bdc-2019-selfeval.md"))), context));

        Assert.Equal(15, table.Indicators.Count);
        Assert.Equal(9, table.Slots.Count);
        Assert.Contains(table.Slots, s => s.Level2?.Text == "环境效益指标" && s.IndicatorCount == 0);
        Assert.Equal(2019m, table.Header.BudgetYear?.Value);
        Assert.Equal(4, table.Funds.Count);
    }

    private static (PerformanceTable Table, IReadOnlyList<IngestDiagnostic> Diagnostics) ReadOne(string text)
    {
        var context = new IngestContext("t.md");
        var table = Assert.Single(new SectionedTablesReader().Read(Source(text), context));
        return (table, context.Diagnostics);
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/>.</summary>
    private static SourceLocation At(string source, string text)
    {
        var lines = source.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return new SourceLocation(line + 1, lines[line].IndexOf(text, StringComparison.Ordinal) + 1);
    }

    private static SourceText Source(string text) => new("t.md", text, "utf-8", SourceFormat.Markdown);
}
