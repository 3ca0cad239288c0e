namespace GoalLint.Model;

/// <summary>One performance table: a 项目绩效目标表, a 部门整体绩效目标 or a 项目支出绩效自评表.</summary>
public sealed class PerformanceTable
{
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

    /// <summary>Every 一级/二级 slot the form declares, with how many indicators each holds.</summary>
    public List<IndicatorSlot> Slots { get; } = [];

    /// <summary>项目资金 lines (self-evaluation).</summary>
    public List<FundLine> Funds { get; } = [];

    /// <summary>总分 row: the sum of 分值 as printed (usually 100).</summary>
    public NumberField? TotalWeight { get; set; }

    /// <summary>总分 row: the total 得分 as printed.</summary>
    public NumberField? TotalScore { get; set; }

    /// <summary>What the reader could and could not read of this table; null for readers that do not say.</summary>
    public ReadSummary? Read { get; set; }
}
