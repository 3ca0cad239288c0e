using GoalLint.Analysis;
using GoalLint.Check.Rules;

namespace GoalLint.Check.Kinds;

/// <summary>
/// Conditions on parsed indicator values: a rate without %, 满意度 with ≤ or ≥100%, a cost with ≥,
/// a qualitative value where a number is expected. A value GoalLint could not parse never
/// matches unless the rule asks for <c>unparsed</c> explicitly: the check stays silent rather than guess.
/// </summary>
public sealed class ValueCheck : CheckSpec
{
    public Field? Field { get; set; }

    public ValueConditions When { get; set; } = new();

    public override IReadOnlyCollection<string> ProvidedValues => ["number", "unit", "comparison", "kind"];

    public override object CreateAnalyzer(CheckSetup setup)
    {
        var field = Field ?? throw RuleErrors.Option(setup.Rule, "field", "a value check needs 'field'");
        return field.HasParsedValues
            ? new Analyzer(setup.Rule.Scope, field, When)
            : throw RuleErrors.Option(setup.Rule, "field", $"'{field.Name}' holds no indicator values; use indicator.cycle-value, indicator.annual-value, indicator.actual-value or indicator.targets");
    }

    private sealed class Analyzer(TableScope scope, Field field, ValueConditions when) : ITableAnalyzer
    {
        public void Analyze(AnalysisContext context)
        {
            foreach (var indicator in scope.Indicators(context.Table!))
            {
                foreach (var value in field.Values(indicator))
                {
                    if (when.Hold(value.Parsed))
                    {
                        context.Report(value.Raw, indicator, ValueConditions.Describe(value.Parsed));
                    }
                }
            }
        }
    }
}
