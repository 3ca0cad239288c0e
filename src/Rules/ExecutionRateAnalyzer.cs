using GoalLint.Analysis;
using GoalLint.Model;
using static GoalLint.Rules.AnalyzerCommon;

namespace GoalLint.Rules;

/// <summary>
/// Self-evaluation funds block: each line's 执行率 must equal 全年执行数 ÷ 全年预算数, the scored
/// line's 得分 must equal 执行率 × 分值, and the 年度资金总额 line must equal 当年财政拨款 + 上年结转资金 + 其他资金 in every amount column.
/// Values: {check} (the relation that fails), {detail}, {expected}, {actual}.
/// </summary>
public sealed class ExecutionRateAnalyzer : ITableAnalyzer
{
    private static readonly (string Label, Func<FundLine, NumberField?> Read)[] AmountColumns =
    [
        ("年初预算数", f => f.InitialBudget),
        ("全年预算数", f => f.AnnualBudget),
        ("全年执行数", f => f.Executed),
    ];

    private static readonly FundLineKind[] Parts = [FundLineKind.CurrentAppropriation, FundLineKind.CarriedOver, FundLineKind.Other];

    /// <summary>
    /// The lines that add up to the total: the sources the vocabulary places (当年财政拨款, 上年结转, 其他资金); or, in a block with
    /// none of those, a department's parts by nature (<c>department-parts</c>: 基本支出 and 项目支出, each on one line), which split
    /// every department budget whole. Null otherwise: a line the vocabulary does not place (中央补助, 市级资金) may be a source of
    /// its own, and summing only the known lines would turn a right table into an error.
    /// </summary>
    private static FundLine[]? SourceLines(IReadOnlyList<FundLine> funds, IReadOnlyList<string> departmentParts)
    {
        var known = funds.Where(f => Parts.Contains(f.Kind)).ToArray();
        var named = funds.Where(f => f.Kind == FundLineKind.Named).ToArray();
        if (named.Length == 0)
        {
            return known.Length > 0 ? known : null;
        }

        var departmentSplit = known.Length == 0 && departmentParts.Count > 0 && named.Length == departmentParts.Count
            && departmentParts.All(word => named.Count(f => f.Label.Text.Contains(word, StringComparison.Ordinal)) == 1);
        return departmentSplit ? named : null;
    }

    public void Analyze(AnalysisContext context)
    {
        if (context.Table is not { } table)
        {
            return;
        }

        var rateTolerance = NonNegative(context.Params, "tolerance", 0.005m);
        var scoreTolerance = NonNegative(context.Params, "score-tolerance", 0.5m);
        foreach (var line in table.Funds)
        {
            CheckRate(context, line, rateTolerance);
            CheckScore(context, line, scoreTolerance);
        }

        CheckParts(context, table.Funds, context.Params.Words("department-parts"), NonNegative(context.Params, "money-tolerance", 0.01m));
    }

    private static void CheckRate(AnalysisContext context, FundLine line, decimal tolerance)
    {
        if (line is not { ExecutionRate: { } written, AnnualBudget: { Value: > 0 } budget, Executed: { } executed }
            || !TryReadRate(written.Raw, out var rate)
            || SafeNumber.Divide(executed.Value, budget.Value) is not { } expected)
        {
            return;
        }

        if (Math.Abs(rate - expected) > tolerance)
        {
            context.Report(written.At, written.Raw, values: Values(
                ("check", $"{line.Label.Text}：执行率 = 全年执行数 ÷ 全年预算数"),
                ("detail", $"{Show(executed.Value)} ÷ {Show(budget.Value)} = {ShowPercent(expected)}，表中执行率为 {written.Raw}"),
                ("expected", ShowPercent(expected)),
                ("actual", written.Raw)));
        }
    }

    /// <summary>
    /// The scored line's 得分 = 执行率 × 分值 (a rate above 100% earns the full 分值), from the rate as written. The score is
    /// held to the precision both are written in: a whole-point 10 for 98.5% is a rounding, a 9.50 for 90.00% is not.
    /// </summary>
    private static void CheckScore(AnalysisContext context, FundLine line, decimal tolerance)
    {
        if (line is not { ExecutionRate: { } written, Weight: { } weight, Score: { } score } || !TryReadRate(written.Raw, out var rate))
        {
            return;
        }

        var expected = Math.Min(rate, 1m) * weight.Value;
        var rounding = Math.Max(OneDecimal, Math.Max(HalfUnit(score.Raw), weight.Value * HalfUnit(written.Raw) / (written.Raw.Contains('%') ? 100m : 1m)));
        if (Math.Abs(score.Value - expected) > Math.Min(tolerance, rounding))
        {
            context.Report(score.At, score.Raw, values: Values(
                ("check", $"{line.Label.Text.Trim()}：得分 = 执行率 × 分值"),
                ("detail", $"{written.Raw} × {weight.Raw} = {Show(expected)}，表中得分为 {score.Raw}"),
                ("expected", Show(expected)),
                ("actual", score.Raw)));
        }
    }

    /// <summary>A score rounded to one decimal is never a wrong score.</summary>
    private const decimal OneDecimal = 0.05m;

    /// <summary>Half a unit of the last digit a number is written with: 0.005 for 9.50, 0.5 for 10.</summary>
    private static decimal HalfUnit(string raw)
    {
        var text = Squash(raw);
        var point = text.IndexOf('.');
        var decimals = point < 0 ? 0 : text.Skip(point + 1).TakeWhile(char.IsAsciiDigit).Count();
        return 0.5m / Pow10(Math.Min(decimals, 20));
    }

    private static decimal Pow10(int exponent) => exponent == 0 ? 1m : 10m * Pow10(exponent - 1);

    /// <summary>Only when the total and every part line present carry the column: a missing cell is a reading problem, not a sum.</summary>
    private static void CheckParts(AnalysisContext context, IReadOnlyList<FundLine> funds, IReadOnlyList<string> departmentParts, decimal tolerance)
    {
        var total = funds.FirstOrDefault(f => f.Kind == FundLineKind.Total);
        if (total is null || SourceLines(funds, departmentParts) is not { } parts)
        {
            return;
        }

        foreach (var (label, read) in AmountColumns)
        {
            var amounts = parts.Select(read).ToArray();
            if (read(total) is not { } written || amounts.Any(a => a is null))
            {
                continue;
            }

            var sum = amounts.Sum(a => a!.Value);
            if (Math.Abs(sum - written.Value) > tolerance)
            {
                var terms = string.Join(" + ", parts.Zip(amounts, (p, a) => $"{p.Label.Text.Trim()} {a!.Raw}"));
                context.Report(written.At, written.Raw, values: Values(
                    ("check", $"{total.Label.Text.Trim()}（{label}）= 各来源之和"),
                    ("detail", $"{terms} = {Show(sum)}，表中合计为 {written.Raw}"),
                    ("expected", Show(sum)),
                    ("actual", written.Raw)));
            }
        }
    }
}
