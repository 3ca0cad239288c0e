using GoalLint.Model;

namespace GoalLint.Shared;

/// <summary>
/// What one label key names in the vocabulary: a header field, a goal, an indicator column or a part of one, a task
/// column, a 一级 or a 二级 category (a label may name several: 成本指标 is both a 一级 and a 二级). One lookup answers
/// every role. One dictionary of these rather than one per role keyed to an enum: each dictionary over a value type is
/// generic code no ReadyToRun image holds, compiled by the JIT at every start.
/// </summary>
internal sealed class LabelRoles
{
    public HeaderField? HeaderField { get; set; }

    public GoalField? Goal { get; set; }

    public ColumnRole? Column { get; set; }

    public ColumnPart? ColumnPart { get; set; }

    public TaskColumn? TaskColumn { get; set; }

    public Level1Category? Level1 { get; set; }

    public Level2Category? Level2 { get; set; }

    /// <summary>Whether glued cells are split on the label: a header field, goal, indicator column, 一级 or 二级 (not a column's part or a task column).</summary>
    public bool SplitsGluedCells => HeaderField is not null || Goal is not null || Column is not null || Level1 is not null || Level2 is not null;
}
