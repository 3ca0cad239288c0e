using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>
/// A 一级/二级 slot a table must fill: <c>{ level1: output, level2: cost }</c>; an unstated level matches any.
/// A slot that names only a 一级 is also filled by one of that 一级's own 二级 filed elsewhere: 财预〔2020〕10号's
/// evaluation frame puts 满意度 as a 二级 under 效益, and a 社会效益 row under the wrong 一级 is a misfiling
/// (category-mismatch), not a missing 效益指标.
/// </summary>
public sealed class RequiredSlot
{
    public Level1Category? Level1 { get; set; }

    public Level2Category? Level2 { get; set; }

    /// <summary>The label used in messages when the table does not declare the slot at all.</summary>
    public string Label { get; set; } = "";

    public bool Matches(Level1Category level1, Level2Category level2) =>
        (Level1 is not { } l1 || l1 == level1 || (Level2 is null && ParentOf(level2) == l1)) && (Level2 is not { } l2 || l2 == level2);

    /// <summary>The 一级 a 二级 belongs under; 成本 has two (产出 in the 2020 frame, its own 一级 in 101号's), so none.</summary>
    private static Level1Category ParentOf(Level2Category level2) => level2 switch
    {
        Level2Category.Quantity or Level2Category.Quality or Level2Category.Timeliness => Level1Category.Output,
        Level2Category.Economic or Level2Category.Social or Level2Category.Ecological or Level2Category.Sustainable => Level1Category.Effect,
        Level2Category.ServiceSatisfaction => Level1Category.Satisfaction,
        _ => Level1Category.Unknown,
    };
}
