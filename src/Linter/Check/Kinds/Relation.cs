namespace GoalLint.Check.Kinds;

/// <summary>How the left field of a compare check relates to the right one when the rule fires.</summary>
public enum Relation
{
    /// <summary>The same text, spaces aside (年度目标 copied from 实施周期总目标).</summary>
    SameText,
    /// <summary>Left amount above right (a cost bound above the budget, an annual count above the cycle's).</summary>
    Greater,
    /// <summary>Left amount equal to right within the tolerance (a cost bound equal to the whole budget).</summary>
    SameAmount,
}
