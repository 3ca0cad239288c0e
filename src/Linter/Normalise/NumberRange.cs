using System.Globalization;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Normalise;

/// <summary>
/// Keeps numbers a submission states inside the range rules can do arithmetic with. A start year
/// of 9223372036854775808 or a 全年预算数 of 1e-25 is not a year or an amount a reviewer could
/// accept, and a rule casting or dividing by it would overflow: such a value is taken out of
/// the model (an indicator value becomes unparsed) and reported as a located
/// <c>number-out-of-range</c> diagnostic, which the core pack reports as a <c>structure</c> finding.
/// Inside the range, sums, the rules' unit conversions (× 10⁸) and quotients (÷ 10⁻⁶) stay far
/// inside <see cref="decimal"/>.
/// </summary>
public static class NumberRange
{
    public const string Code = "number-out-of-range";

    /// <summary>Years a table can be about.</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2200;

    /// <summary>Largest magnitude of an amount, count or rate: 10¹⁵ (a thousand trillion 元), beyond any budget.</summary>
    public const decimal Largest = 1_000_000_000_000_000m;

    /// <summary>Smallest magnitude of a number other than 0.</summary>
    public const decimal Smallest = 0.000001m;

    public static void Check(PerformanceDocument document)
    {
        // The field is named as the form labels it, in both languages.
        void Report(string what, string raw, SourceLocation at, Message range) =>
            document.Diagnostics.Add(new IngestDiagnostic(Code, Message.Of("normalise.number-out-of-range", ("field", what), ("value", CellText.Excerpt(raw, 40)), ("range", range)).ToString(), at, CellText.Excerpt(raw, 40)));

        NumberField? Year(NumberField? year, string what)
        {
            if (year is not null && (year.Value != decimal.Truncate(year.Value) || year.Value < FirstYear || year.Value > LastYear))
            {
                Report(what, year.Raw, year.At, Message.Of("normalise.range.years", ("first", FirstYear), ("last", LastYear)));
                return null;
            }

            return year;
        }

        NumberField? Number(NumberField? number, string what)
        {
            if (number is not null && !InRange(number.Value))
            {
                Report(what, number.Raw, number.At, Span);
                return null;
            }

            return number;
        }

        MoneyField? Money(MoneyField? money, string what)
        {
            if (money is not null && !InRange(money.Yuan))
            {
                Report(what, money.Raw, money.At, Span);
                return null;
            }

            return money;
        }

        DepartmentTask Task(DepartmentTask task) => task with
        {
            Budget = Money(task.Budget, "年度主要任务预算金额"),
            FiscalFunds = Money(task.FiscalFunds, "年度主要任务财政拨款"),
            OtherFunds = Money(task.OtherFunds, "年度主要任务其他资金"),
        };

        foreach (var table in document.Tables)
        {
            var h = table.Header;
            h.BudgetYear = Year(h.BudgetYear, "预算年度");
            h.CycleStartYear = Year(h.CycleStartYear, "实施周期起始年度");
            h.CycleEndYear = Year(h.CycleEndYear, "实施周期到期年度");
            h.Budget = Money(h.Budget, "预算金额");
            h.FiscalFunds = Money(h.FiscalFunds, "财政资金");
            h.OtherFunds = Money(h.OtherFunds, "其他资金");
            h.FundSources?.RemoveAll(source => Money(source.Amount, source.Name) is null);
            if (h.BudgetSplit is { } split)
            {
                split.Basic = Money(split.Basic, "基本支出");
                split.Personnel = Money(split.Personnel, "人员经费");
                split.Public = Money(split.Public, "公用经费");
                split.Project = Money(split.Project, "项目支出");
            }

            for (var i = 0; i < h.SpendingPlan.Count; i++)
            {
                if (h.SpendingPlan[i] is { Percent: { } percent } point && !InRange(percent))
                {
                    Report("资金支出计划", point.Raw, point.At, Span);
                    h.SpendingPlan[i] = point with { Percent = null };
                }
            }

            foreach (var line in table.Funds)
            {
                line.InitialBudget = Number(line.InitialBudget, "年初预算数");
                line.AnnualBudget = Number(line.AnnualBudget, "全年预算数");
                line.Executed = Number(line.Executed, "全年执行数");
                line.Weight = Number(line.Weight, "分值");
                line.ExecutionRate = Number(line.ExecutionRate, "执行率");
                line.Score = Number(line.Score, "得分");
            }

            if (table.Tasks is { } tasks)
            {
                for (var i = 0; i < tasks.Lines.Count; i++)
                {
                    tasks.Lines[i] = Task(tasks.Lines[i]);
                }

                tasks.Total = tasks.Total is null ? null : Task(tasks.Total);
            }

            table.TotalWeight = Number(table.TotalWeight, "总分行的分值");
            table.TotalScore = Number(table.TotalScore, "总分");
            foreach (var indicator in table.Indicators)
            {
                indicator.Weight = Number(indicator.Weight, "分值");
                indicator.Score = Number(indicator.Score, "得分");
                foreach (var value in new[] { indicator.CycleValue, indicator.AnnualValue, indicator.ActualValue })
                {
                    if (value is { Parsed: var parsed } && !(InRange(parsed.Number) && InRange(parsed.UpperNumber)))
                    {
                        Report("指标值", value.Text, value.At, Span);
                        value.Parsed = ParsedValue.Unparsed;
                    }
                }
            }
        }
    }

    private static Message Span => Message.Of("normalise.range.numbers", ("smallest", Smallest.ToString(CultureInfo.InvariantCulture)), ("largest", Largest.ToString("0", CultureInfo.InvariantCulture)));

    private static bool InRange(decimal? value) =>
        value is not { } v || v == 0 || (Math.Abs(v) >= Smallest && Math.Abs(v) <= Largest);
}
