using GoalLint.Model;

namespace GoalLint.Benchmarks.Generator;

/// <summary>广东 市级财政支出项目绩效自评基础信息表 (韶关) as Markdown pipe tables: info and funds, then the indicators in two tables.</summary>
internal sealed class ShaoguanWriter : IFamilyWriter
{
    public string Family => "shaoguan-selfeval";

    public string Layout => "guangdong-self-evaluation";

    public string Extension => ".md";

    public string Preamble(GenTable first) => "";

    public void Write(TextWriter w, GenTable t, int index)
    {
        var wan = (t.Budget / 10000m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var spent = (t.Spent / 10000m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        w.WriteLine();
        w.WriteLine("市级财政支出项目绩效自评基础信息表");
        w.WriteLine();
        w.WriteLine("| | | | | | | | |");
        w.WriteLine("|---|---|---|---|---|---|---|---|");
        w.WriteLine($"| 填报单位名称: {t.Unit} | | | | 金额单位: 万元 | | | |");
        w.WriteLine($"| 基本情况 | 项目名称 | {t.Project} | 评价年度 | {t.Year}年 | 评价金额 | {wan} | |");
        w.WriteLine($"| | 项目开始时间 | {t.StartYear}-03-01 | 项目完成时间 | {t.EndYear}-12-31 | | | |");
        w.WriteLine("| 资金概况 | 资金安排情况 | 分年度明细 | 年度 | 预算安排额度 | | | |");
        w.WriteLine("| | | | | 中央及省级资金 | 市本级资金 | 转移支付至县（市、区） | 资金合计 |");
        w.WriteLine($"| | | | {t.Year} | | {wan} | | {wan} |");
        w.WriteLine("| 资金使用情况 | 按方向划分 | 实际明细支出 | 年度 | 中央及省级支出 | 市本级支出 | 转移支付县（市、区）支出 | 资金合计 |");
        w.WriteLine($"| | | | {t.Year} | | {spent} | | {spent} |");
        w.WriteLine($"| | | 预期总体目标 | {t.YearGoal} | | | | |");
        w.WriteLine();
        w.WriteLine("| | | | | | | | |");
        w.WriteLine("|---|---|---|---|---|---|---|---|");
        w.WriteLine($"| 绩效目标情况 | 预期阶段性目标 | {t.CycleGoal} | | | | | |");
        w.WriteLine("| 绩效目标 | 产出指标 | 绩效指标 | 指标名称 | 指标计算公式 | 评价年度预期值 | 评价年度实现值 | 未完成原因说明 |");
        foreach (var slot in t.Slots.Where(s => s.Level1 == "产出指标"))
        {
            Rows(w, slot, ind => $"| | | {{0}} | {ind.Name} | 实际{ind.Name}/计划{ind.Name}×100% | {ind.YearValue} | {ind.Actual} | {ind.Remark} |", $"| | | {slot.Level2} | | | | | |");
        }

        w.WriteLine("| 绩效指标情况 | | | | | | | |");
        w.WriteLine();
        w.WriteLine("| | | | | | |");
        w.WriteLine("|---|---|---|---|---|---|");
        foreach (var slot in t.Slots.Where(s => s.Level1 != "产出指标"))
        {
            var level1 = slot.Level2 is "经济效益指标" or "服务对象满意度指标" ? slot.Level1 : "";
            Rows(w, slot, ind => $"| {level1} | {{0}} | {ind.Name} | 反映{ind.Name}情况 | {ind.YearValue} | {ind.Actual} {ind.Remark} |", $"| {level1} | {slot.Level2} | | | | |");
        }

        w.WriteLine("| 单位需要说明的其他情况 | | | | | |");
        w.WriteLine();
    }

    /// <summary>One pipe row per indicator, the 二级 label on the first; an empty slot still prints its label row.</summary>
    private static void Rows(TextWriter w, GenSlot slot, Func<GenIndicator, string> row, string empty)
    {
        if (slot.Indicators.Count == 0)
        {
            w.WriteLine(empty);
            return;
        }

        for (var i = 0; i < slot.Indicators.Count; i++)
        {
            w.WriteLine(row(slot.Indicators[i]).Replace("{0}", i == 0 ? slot.Level2 : "", StringComparison.Ordinal));
        }
    }
}
