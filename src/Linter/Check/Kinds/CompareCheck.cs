using GoalLint.Analysis;
using GoalLint.Check.Rules;
using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>
/// Compares two fields: cycle value vs annual value, 实施周期总目标 vs 年度目标, a cost bound vs
/// the budget. Amounts compare with their units (万元 vs 元) and a <see cref="Tolerance"/>; when
/// either side has no readable amount the check says nothing.
/// </summary>
public sealed class CompareCheck : CheckSpec
{
    public Field? Left { get; set; }

    public Field? Right { get; set; }

    public Relation Relation { get; set; }

    /// <summary>Conditions the left value must meet first (only counts, not percentages …).</summary>
    public ValueConditions? When { get; set; }

    /// <summary>Relative tolerance for amounts: 0.005 = half a percent.</summary>
    public decimal Tolerance { get; set; }

    /// <summary>Texts shorter than this are not compared: two identical 「是」 say nothing.</summary>
    public int MinLength { get; set; } = 1;

    public override IReadOnlyCollection<string> ProvidedValues => ["left", "right"];

    public override object CreateAnalyzer(CheckSetup setup)
    {
        var left = Left ?? throw RuleErrors.Option(setup.Rule, "left", "a compare check needs 'left'");
        var right = Right ?? throw RuleErrors.Option(setup.Rule, "right", "a compare check needs 'right'");
        if (right.IsIndicatorField && !left.IsIndicatorField)
        {
            throw RuleErrors.Option(setup.Rule, "left", "put the indicator field on the left and the table field on the right");
        }

        return new Analyzer(this, setup.Rule.Scope, left, right);
    }

    private sealed class Analyzer(CompareCheck spec, TableScope scope, Field left, Field right) : ITableAnalyzer
    {
        public void Analyze(AnalysisContext context)
        {
            var table = context.Table!;
            if (!left.IsIndicatorField)
            {
                Compare(context, table, null, left.Texts(table).FirstOrDefault(), Money(table, left), right.Texts(table).FirstOrDefault(), Money(table, right));
                return;
            }

            foreach (var indicator in scope.Indicators(table))
            {
                var lValue = left.Values(indicator).FirstOrDefault();
                if (spec.When is { } when && (lValue is null || !when.Hold(lValue.Parsed)))
                {
                    continue;
                }

                var rValue = right.IsIndicatorField ? right.Values(indicator).FirstOrDefault() : null;
                var rText = right.IsIndicatorField ? right.Texts(indicator).FirstOrDefault() : right.Texts(table).FirstOrDefault();
                var rAmount = rValue is not null ? Amount.Of(rValue.Parsed) : Money(table, right);
                Compare(context, table, indicator, left.Texts(indicator).FirstOrDefault(), lValue is null ? null : Amount.Of(lValue.Parsed), rText, rAmount);
            }
        }

        private void Compare(AnalysisContext context, PerformanceTable table, Indicator? indicator, TextField? l, Amount? lAmount, TextField? r, Amount? rAmount)
        {
            if (l is null || r is null || !Fires(l, lAmount, r, rAmount))
            {
                return;
            }

            context.Report(l, indicator, new Dictionary<string, string> { ["left"] = l.Text, ["right"] = r.Text });
        }

        private bool Fires(TextField l, Amount? lAmount, TextField r, Amount? rAmount)
        {
            if (spec.Relation == Relation.SameText)
            {
                var a = CellText.Squeeze(l.Text);
                return a.Length >= spec.MinLength && a == CellText.Squeeze(r.Text);
            }

            if (lAmount is not { } x || rAmount is not { } y || !x.ComparesWith(y))
            {
                return false;
            }

            var slack = Math.Abs(y.Value) * spec.Tolerance;
            return spec.Relation == Relation.Greater ? x.Value > y.Value + slack : Math.Abs(x.Value - y.Value) <= slack;
        }

        private static Amount? Money(PerformanceTable table, Field field) =>
            field.MoneyOf?.Invoke(table) is { } money ? Amount.Of(money) : null;
    }
}
