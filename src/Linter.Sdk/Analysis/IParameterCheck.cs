namespace GoalLint.Analysis;

/// <summary>
/// An analyzer that refuses parameter values it cannot use. The engine asks once, when the rule set
/// loads, with the values every pack, profile and config layer gave; each problem is a load error,
/// so a misspelt choice in a city's profile stops the run instead of quietly falling back to a default.
/// </summary>
public interface IParameterCheck
{
    /// <summary>Each parameter whose value is refused, with why (naming the values it accepts).</summary>
    IEnumerable<(string Param, string Problem)> Problems(RuleParameters parameters);
}
