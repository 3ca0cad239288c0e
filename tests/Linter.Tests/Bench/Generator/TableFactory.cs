using System.Globalization;

namespace GoalLint.Benchmarks.Generator;

/// <summary>
/// Invents one table's content from a seeded random source, injecting the defects the core rules
/// look for at rates near what reviewers meet (a few per hundred indicators, a few per hundred tables).
/// </summary>
internal sealed class TableFactory(Random random)
{
    private const decimal IndicatorPoints = 90m;
    private const decimal FundsPoints = 10m;
    private int _serial;
    private int _year;

    public GenTable Next()
    {
        var year = _year = 2019 + random.Next(7);
        var start = random.Chance(0.4) ? year - random.Next(1, 3) : year;
        var end = start == year && random.Chance(0.7) ? year : year + random.Next(0, 3);
        var topic = random.Pick(Vocabulary.Topics);
        var place = random.Pick(Vocabulary.Places);
        var project = $"{place}{topic}{random.Pick(Vocabulary.ProjectSuffixes)}{++_serial}";
        var bureau = $"{place}区{random.Pick(Vocabulary.Bureaus)}";
        var budget = random.Next(20, 5000) * 1000L;
        var spent = (long)(budget * (0.5 + random.NextDouble() * 0.5));

        // Wrong year: the annual goal names another year than the table's (year-mismatch).
        var goalYear = random.Chance(0.04) ? year - 1 : year;
        var cycleGoal = Goal(topic, start, end);
        var yearGoal = random.Chance(0.03) ? "详见附件" : $"{goalYear}年{random.Pick(Vocabulary.Verbs)}{topic}任务，{random.Pick(Vocabulary.Verbs)}{random.Pick(Vocabulary.Aims)}。";
        var slots = Slots(topic, end - start + 1, random.Chance(0.1));
        var (weighted, total) = Score(slots, budget, spent);
        return new GenTable(project, random.Pick(Vocabulary.ProjectTypes), bureau, bureau.Replace("局", "事务中心", StringComparison.Ordinal),
            year, start, end, budget, spent, cycleGoal, yearGoal, weighted, Round(FundsPoints * spent / budget), total, random.Chance(0.01));
    }

    private string Goal(string topic, int start, int end) =>
        $"{start}—{end}年持续{random.Pick(Vocabulary.Verbs)}{topic}工作，{random.Pick(Vocabulary.Verbs)}{random.Pick(Vocabulary.Aims)}，确保资金安全规范使用。";

    private List<GenSlot> Slots(string topic, int years, bool copyCycle)
    {
        var slots = new List<GenSlot>();
        foreach (var (level1, level2s) in Vocabulary.Frame)
        {
            foreach (var level2 in level2s)
            {
                var count = HowMany(level2);
                var rows = Enumerable.Range(0, count).Select(i => Indicator(level2, topic, i, years, copyCycle)).ToList();
                if (rows.Count > 0 && random.Chance(0.02))
                {
                    rows.Add(rows[0]); // duplicate-indicator-name
                }

                slots.Add(new GenSlot(level1, level2, rows));
            }
        }

        return slots;
    }

    /// <summary>How many indicators a slot gets; 0 leaves it empty as many real tables do.</summary>
    private int HowMany(string level2) => level2 switch
    {
        "数量指标" => random.Next(1, 4),
        "质量指标" => random.Next(1, 3),
        "时效指标" => 1,
        "成本指标" => random.Chance(0.92) ? 1 : 0,
        "经济效益指标" => random.Chance(0.3) ? 1 : 0,
        "社会效益指标" => random.Next(1, 3),
        "生态效益指标" => random.Chance(0.1) ? 1 : 0,
        "可持续影响指标" => random.Chance(0.5) ? 1 : 0,
        _ => random.Chance(0.95) ? 1 : 0,
    };

    private GenIndicator Indicator(string level2, string topic, int index, int years, bool copyCycle)
    {
        var (name, year, cycle) = level2 switch
        {
            "数量指标" => Count($"{topic}{(index == 0 ? "服务" : "覆盖")}数量", years),
            "质量指标" => Percent(index == 0 ? "验收合格率" : $"{topic}达标率"),
            "时效指标" => random.Chance(0.5) ? Percent("任务按时完成率") : Same("完成时限", $"{_year}年12月底前"),
            "成本指标" => random.Chance(0.06) ? Same("预算执行率", "≥90%") : Same($"{topic}成本控制数", $"≤{random.Next(10, 900)}万元"),
            "经济效益指标" => Same("节约运行费用", $"≥{random.Next(1, 50)}万元"),
            "社会效益指标" => Percent(index == 0 ? "服务覆盖率" : "群众知晓率"),
            "生态效益指标" => Same("节能减排量", $"≥{random.Next(1, 30)}吨"),
            "可持续影响指标" => Same("长效管护机制", "持续运行"),
            _ => Percent("服务对象满意度"),
        };

        if (random.Chance(0.03))
        {
            year = cycle = random.Pick(Vocabulary.Vague);
        }

        return new GenIndicator(name, copyCycle ? year : cycle, year, Actual(year), 0, 0);
    }

    private (string Name, string Year, string Cycle) Count(string name, int years)
    {
        var n = random.Next(2, 400);
        var unit = random.Chance(0.03) ? "" : random.Pick(Vocabulary.CountUnits); // missing-unit
        return (name, $"≥{n}{unit}", $"≥{n * years}{unit}");
    }

    private (string, string, string) Percent(string name)
    {
        var p = random.Pick(new[] { 85, 90, 95, 98, 100 });
        var value = p == 100 ? "100%" : $"≥{p}%";
        return (name, value, value);
    }

    private static (string, string, string) Same(string name, string value) => (name, value, value);

    /// <summary>The actual value a self-evaluation reports: the target's number moved a little, in the same unit.</summary>
    private string Actual(string target)
    {
        var digits = new string(target.Where(char.IsDigit).ToArray());
        if (digits.Length == 0 || digits.Length > 6)
        {
            return target;
        }

        var unit = new string(target.SkipWhile(c => !char.IsDigit(c)).SkipWhile(char.IsDigit).ToArray());
        var actual = Math.Max(0, int.Parse(digits, CultureInfo.InvariantCulture) + random.Next(-10, 6));
        return actual.ToString(CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>Spreads 90 points over the indicators and scores them; a few tables get a wrong sum (selfeval-score-arithmetic).</summary>
    private (List<GenSlot> Slots, decimal Total) Score(List<GenSlot> slots, long budget, long spent)
    {
        var count = slots.Sum(s => s.Indicators.Count);
        var each = count == 0 ? 0 : Math.Floor(IndicatorPoints / count * 10) / 10;
        var weighted = slots.Select(s => s with { Indicators = s.Indicators.Select(i => i with { Weight = each, Score = Round(each * Ratio(i)) }).ToList() }).ToList();
        var total = Round(weighted.Sum(s => s.Indicators.Sum(i => i.Score)) + FundsPoints * spent / budget);
        return (weighted, random.Chance(0.05) ? total + random.Next(2, 9) : total);
    }

    private static decimal Ratio(GenIndicator indicator) =>
        decimal.TryParse(new string(indicator.YearValue.Where(char.IsDigit).ToArray()), out var target) && target > 0
        && decimal.TryParse(new string(indicator.Actual.Where(char.IsDigit).ToArray()), out var actual)
            ? Math.Min(1, actual / target)
            : 1;

    private static decimal Round(decimal value) => Math.Round(value, 2);
}
