using System.Globalization;
using GoalLint.Model;

namespace GoalLint.Benchmarks.Generator;

/// <summary>深圳 项目支出绩效自评表 as a tab-separated export: funds with execution rate and score, indicators with actuals and scores.</summary>
internal sealed class ShenzhenWriter : IFamilyWriter
{
    public string Family => "shenzhen-selfeval";

    public string Layout => "shenzhen-self-evaluation";

    public string Extension => ".txt";

    public string Preamble(GenTable first) => "";

    public void Write(TextWriter w, GenTable t, int index)
    {
        var rate = Num((decimal)t.Spent / t.Budget);
        w.WriteLine();
        w.WriteLine("项目支出绩效自评表");
        w.WriteLine();
        w.WriteLine($"项目名称\t{t.Project}\t\t\t项目金额\t{t.Budget}\t\t\t");
        w.WriteLine($"主管部门\t{t.Department}\t\t\t实施单位\t{t.Unit}\t\t\t");
        w.WriteLine("项目资金 (元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t");
        w.WriteLine($"\t年度资金总额\t{Money(t.Budget)}\t{Money(t.Budget)}\t{Money(t.Spent)}\t10\t{rate}\t{Num(t.FundsScore)}\t");
        w.WriteLine($"\t其中：当年财政拨款\t{Money(t.Budget)}\t{Money(t.Budget)}\t{Money(t.Spent)}\t—\t{rate}\t—\t");
        w.WriteLine("\t上年结转资金\t0.00\t0.00\t0.00\t—\t0.00\t—\t");
        w.WriteLine("\t其他资金\t0.00\t0.00\t0.00\t—\t0.00\t—\t");
        w.WriteLine("年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t");
        w.WriteLine($"\t{t.YearGoal}\t\t\t已按计划完成\t\t\t\t");
        w.WriteLine("年度绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施");
        string? level1 = null;
        foreach (var slot in t.Slots.Where(s => s.Indicators.Count > 0))
        {
            for (var i = 0; i < slot.Indicators.Count; i++)
            {
                var ind = slot.Indicators[i];
                var first = level1 != slot.Level1 ? slot.Level1 : "";
                level1 = slot.Level1;
                var lead = t.ShiftedRow && i == 1 ? "\t\t" : "\t";
                w.WriteLine($"{lead}{first}\t{(i == 0 ? slot.Level2 : "")}\t{ind.Name}\t{ind.YearValue}\t{ind.Actual}\t{Num(ind.Weight)}\t{Num(ind.Score)}\t{(ind.Missed ? ind.Reason : "")}");
            }
        }

        w.WriteLine($"总分\t\t\t\t\t100\t{Num(t.TotalScore)}\t—\t");
    }

    private static string Money(long yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
