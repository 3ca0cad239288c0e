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
    private string _place = "";
    private string _bureau = "";

    /// <summary>Starts a file: one department publishes its tables for one budget year.</summary>
    public void NewFile()
    {
        _year = 2019 + random.Next(7);
        _place = random.Pick(Vocabulary.Places);
        _bureau = $"{_place}区{random.Pick(Vocabulary.Bureaus)}";
    }

    public GenTable Next()
    {
        var year = _year;
        var start = random.Chance(0.4) ? year - random.Next(1, 3) : year;
        var end = start == year && random.Chance(0.7) ? year : year + random.Next(0, 3);
        var topic = random.Pick(Vocabulary.Topics);
        var project = $"{_place}{topic}{random.Pick(Vocabulary.ProjectSuffixes)}{++_serial}";
        var bureau = _bureau;
        var budget = random.Next(20, 5000) * 1000L;
        var spent = (long)(budget * (0.5 + random.NextDouble() * 0.5));

        // Wrong year: the annual goal names another year than the table's (year-mismatch).
        var goalYear = random.Chance(0.04) ? year - 1 : year;
        var cycleGoal = Goal(topic, start, end);
        var yearGoal = random.Chance(0.03) ? "1.目标内容1" : $"{goalYear}年{random.Pick(Vocabulary.Verbs)}{topic}任务，{random.Pick(Vocabulary.Verbs)}{random.Pick(Vocabulary.Aims)}。";
        var slots = Slots(topic, end - start + 1, random.Chance(0.1), budget);
        var (weighted, total) = Score(slots, budget, spent);
        return new GenTable(project, random.Pick(Vocabulary.ProjectTypes), bureau, bureau.Replace("局", "事务中心", StringComparison.Ordinal),
            year, start, end, budget, spent, cycleGoal, yearGoal, weighted, Round(FundsPoints * spent / budget), total, random.Chance(0.01));
    }

    private string Goal(string topic, int start, int end) =>
        $"{start}—{end}年持续{random.Pick(Vocabulary.Verbs)}{topic}工作，{random.Pick(Vocabulary.Verbs)}{random.Pick(Vocabulary.Aims)}，确保资金安全规范使用。";

    private List<GenSlot> Slots(string topic, int years, bool copyCycle, long budget)
    {
        var slots = new List<GenSlot>();
        foreach (var (level1, level2s) in Vocabulary.Frame)
        {
            foreach (var level2 in level2s)
            {
                var count = HowMany(level2);
                var rows = Enumerable.Range(0, count).Select(i => Indicator(level2, topic, i, years, copyCycle, budget)).ToList();
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

    private GenIndicator Indicator(string level2, string topic, int index, int years, bool copyCycle, long budget)
    {
        var (name, year, cycle) = level2 switch
        {
            "数量指标" => Count($"{topic}{Vocabulary.QuantityNames[index]}", years),
            "质量指标" => Percent(index == 0 ? "验收合格率" : $"{topic}达标率"),
            "时效指标" => random.Chance(0.5) ? Percent("任务按时完成率") : Same("完成时限", $"{_year}年12月底前"),
            "成本指标" => random.Chance(0.06) ? Same("预算执行率", "≥90%") : Same($"{topic}成本控制数", CostBound(budget)),
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

        var missed = random.Chance(0.06);
        var reason = missed && random.Chance(0.7) ? random.Pick(Vocabulary.Reasons) : "";
        return new GenIndicator(name, copyCycle ? year : cycle, year, Actual(year, missed), missed, reason, 0, 0);
    }

    /// <summary>A cost ceiling in 万元, mostly a share of the budget; a few restate or exceed it (cost-bound-vs-budget).</summary>
    private string CostBound(long budget)
    {
        var share = random.Chance(0.04) ? 1 + random.NextDouble() * 0.5 : 0.2 + random.NextDouble() * 0.6;
        return $"≤{(budget * share / 10000).ToString("0.#", CultureInfo.InvariantCulture)}万元";
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

    /// <summary>
    /// The actual value a self-evaluation reports, in the target's unit: on the good side of the
    /// target's bound (≥ or ≤), or a little on the wrong side when <paramref name="missed"/>.
    /// </summary>
    private string Actual(string target, bool missed)
    {
        var head = new string(target.TakeWhile(c => !char.IsDigit(c)).ToArray());
        var digits = new string(target.SkipWhile(c => !char.IsDigit(c)).TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var bound) || bound > 1_000_000)
        {
            return target;
        }

        var unit = target[(head.Length + digits.Length)..];
        if (unit.Contains('年', StringComparison.Ordinal))
        {
            return target; // a deadline, not a figure
        }

        var atMost = head.Contains('≤', StringComparison.Ordinal);
        var step = Math.Max(1, Math.Round(bound / 20));
        var move = step * random.Next(missed ? 1 : 0, 4) * (atMost ^ missed ? -1 : 1);
        var actual = Math.Max(0, bound + (missed && move == 0 ? (atMost ? step : -step) : move));
        if (unit == "%")
        {
            actual = Math.Min(100, actual);
        }

        return actual.ToString("0.#", CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>
    /// Spreads 90 points over the indicators (the last takes the rounding remainder) and scores them:
    /// a missed target loses a fifth of its weight; a few tables get a wrong total (selfeval-score-arithmetic).
    /// </summary>
    private (List<GenSlot> Slots, decimal Total) Score(List<GenSlot> slots, long budget, long spent)
    {
        var count = slots.Sum(s => s.Indicators.Count);
        var each = count == 0 ? 0 : Math.Floor(IndicatorPoints / count * 10) / 10;
        var last = IndicatorPoints - each * (count - 1);
        var n = 0;
        var weighted = slots.Select(s => s with
        {
            Indicators = s.Indicators.Select(i => ++n == count ? Weigh(i, last) : Weigh(i, each)).ToList(),
        }).ToList();
        var total = Round(weighted.Sum(s => s.Indicators.Sum(i => i.Score)) + FundsPoints * spent / budget);
        return (weighted, random.Chance(0.05) ? total + random.Next(2, 9) : total);
    }

    private static GenIndicator Weigh(GenIndicator indicator, decimal weight) =>
        indicator with { Weight = weight, Score = indicator.Missed ? Round(weight * 0.8m) : weight };

    private static decimal Round(decimal value) => Math.Round(value, 2);
}
