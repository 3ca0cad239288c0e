using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>A 一级/二级 slot a table must fill: <c>{ level1: output, level2: cost }</c>; an unstated level matches any.</summary>
public sealed class RequiredSlot
{
    public Level1Category? Level1 { get; set; }

    public Level2Category? Level2 { get; set; }

    /// <summary>The label used in messages when the table does not declare the slot at all.</summary>
    public string Label { get; set; } = "";

    public bool Matches(Level1Category level1, Level2Category level2) =>
        (Level1 is not { } l1 || l1 == level1) && (Level2 is not { } l2 || l2 == level2);
}
