using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Check.Rules;

namespace GoalLint.Check.Kinds;

/// <summary>What a check needs to build its analyzer: the rule, its final parameters, and the code hosts.</summary>
public sealed record CheckSetup(Rule Rule, RuleParameters Params, CodeHosts Code);
