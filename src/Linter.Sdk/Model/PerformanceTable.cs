using System.Text.Json.Serialization;

namespace GoalLint.Model;

/// <summary>One performance table: a 项目绩效目标表, a 部门整体绩效目标 or a 项目支出绩效自评表.</summary>
public sealed class PerformanceTable
{
    public PerformanceTable()
    {
    }

    /// <summary>A table sharing <paramref name="header"/> and <paramref name="goals"/> with another (<see cref="Summary"/>).</summary>
    private PerformanceTable(TableHeader header, Goals goals) => (Header, Goals) = (header, goals);

    private int? _indicatorCount;

    /// <summary>0-based position among the tables of its document.</summary>
    public int Index { get; set; }

    public required TableKind Kind { get; init; }

    /// <summary>The form the table was read as: an id from <c>rules/vocabulary/forms.yaml</c> (guangdong-goals-grid, generic …).</summary>
    public required string Layout { get; set; }

    /// <summary>
    /// The kind of form its title names, an id of the vocabulary's table-kinds (application-goals,
    /// approved-goals, transfer-payment-goals, department-self-evaluation …); null when the title names none of <see cref="Kind"/>.
    /// </summary>
    public string? FormKind { get; set; }

    /// <summary>The title as written (项目绩效目标表, 1. 2023 年…绩效目标表).</summary>
    public TextField? Title { get; set; }

    /// <summary>Where the table starts.</summary>
    public SourceLocation At { get; set; }

    /// <summary>The last source line that belongs to this table.</summary>
    public int EndLine { get; set; }

    public TableHeader Header { get; } = new();

    public Goals Goals { get; } = new();

    /// <summary>The 三级指标 rows, in source order.</summary>
    public List<Indicator> Indicators { get; } = [];

    /// <summary>How many 三级指标 rows the table has: also on a <see cref="Summary"/> that let the rows go.</summary>
    [JsonIgnore]
    public int IndicatorCount => _indicatorCount ?? Indicators.Count;

    /// <summary>Every 一级/二级 slot the form declares, with how many indicators each holds.</summary>
    public List<IndicatorSlot> Slots { get; } = [];

    /// <summary>项目资金 lines (self-evaluation).</summary>
    public List<FundLine> Funds { get; } = [];

    /// <summary>部门整体绩效目标's 年度主要任务 lines and their 金额合计; null when the table has no task block.</summary>
    public DepartmentTasks? Tasks { get; set; }

    /// <summary>总分 row: the sum of 分值 as printed (usually 100).</summary>
    public NumberField? TotalWeight { get; set; }

    /// <summary>总分 row: the total 得分 as printed.</summary>
    public NumberField? TotalScore { get; set; }

    /// <summary>偏差原因分析及改进措施 written once for the whole table, on a row under the 总分 (部门整体 self-evaluations).</summary>
    public TextField? DeviationNote { get; set; }

    /// <summary>What the reader could and could not read of this table; null for readers that do not say.</summary>
    public ReadSummary? Read { get; set; }

    /// <summary>
    /// What a streaming run keeps of the table once its table-scoped checks are done, for the
    /// reports: its place, kind, title, totals, read summary and <see cref="IndicatorCount"/>; of
    /// the header the project's name, code, departments, budget year, cycle and budget (what reports
    /// show); of the goals the 年度目标; and, only when <paramref name="keepRows"/> (a report that
    /// quotes rows or places findings in them), per indicator its 一级/二级 (text and category), 三级 name,
    /// 指标内容, place, source row, whether it applies, the 实施周期指标值's text and the 年度指标值
    /// with its reading. Equal texts and readings are shared (<paramref name="fields"/>). Formulas, actual values,
    /// weights, scores, deviation reasons, slots, fund lines, task lines and the rest of the header and goals go.
    /// </summary>
    internal PerformanceTable Summary(SummaryPool.Fields fields, bool keepRows)
    {
        var header = new TableHeader
        {
            ProjectName = fields.Of(Header.ProjectName), ProjectCode = fields.Of(Header.ProjectCode),
            SupervisingDepartment = fields.Of(Header.SupervisingDepartment), SpendingUnit = fields.Of(Header.SpendingUnit),
            BudgetYear = Header.BudgetYear, CycleStartYear = Header.CycleStartYear, CycleEndYear = Header.CycleEndYear, Budget = Header.Budget,
        };
        var kept = new PerformanceTable(header, new Goals { AnnualGoal = Goals.AnnualGoal })
        {
            Index = Index, Kind = Kind, Layout = Layout, FormKind = FormKind, Title = Title, At = At, EndLine = EndLine,
            TotalWeight = TotalWeight, TotalScore = TotalScore, Read = Read, _indicatorCount = Indicators.Count,
        };
        if (!keepRows)
        {
            return kept;
        }

        kept.Indicators.Capacity = Indicators.Count;
        foreach (var i in Indicators)
        {
            kept.Indicators.Add(new Indicator
            {
                Level1 = fields.Of(i.Level1), Level2 = fields.Of(i.Level2), Level1Category = i.Level1Category, Level2Category = i.Level2Category,
                Name = fields.Of(i.Name), Description = fields.Of(i.Description), NotApplicable = i.NotApplicable, At = i.At, SourceRow = i.SourceRow,
                CycleValue = i.CycleValue is { } cycle ? new IndicatorValue(fields.Of(cycle.Raw)!) : null,
                AnnualValue = i.AnnualValue is { } annual ? new IndicatorValue(fields.Of(annual.Raw)!, fields.Value(annual)) : null,
            });
        }

        return kept;
    }
}
