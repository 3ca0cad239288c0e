using System.Globalization;
using GoalLint.Model;

namespace GoalLint.Benchmarks.Generator;

/// <summary>河北 预算项目绩效目标表 in Markdown with tab-separated rows: heading, budget and spending plan, goal, described indicators.</summary>
internal sealed class HebeiWriter : IFamilyWriter
{
    public string Family => "hebei-goals";

    public string Layout => "hebei-goals";

    public string Extension => ".md";

    public string Preamble(GenTable first) =>
        $"\n\n---\n\n{first.Department}  \n{first.Year} 年部门预算绩效文本  \n(草案)\n\n---\n\n# 第二部分 预算项目绩效目标\n\n";

    public void Write(TextWriter w, GenTable t, int index)
    {
        var name = $"{t.Year}年{t.Project}";
        var code = $"1308{t.Year % 100:00}23P{index:000000000000}";
        var wan = (t.Budget / 10000m).ToString("0.00", CultureInfo.InvariantCulture);
        w.WriteLine($"{new string('#', 2 + index % 3)} {index + 1}. {name}绩效目标表");
        w.WriteLine();
        w.WriteLine($"{540000 + index % 900} {t.Department}");
        w.WriteLine();
        w.WriteLine("单位：万元");
        w.WriteLine();
        w.WriteLine($"项目编码\t{code}\t\t项目名称\t{name}\t\t");
        w.WriteLine($"预算规模及资金用途\t预算数\t{wan}\t其中：财政资金\t{wan}\t其他资金\t");
        w.WriteLine("\t购买服务支出。\t\t\t\t\t");
        w.WriteLine("资金支出计划（%）\t3月底\t\t6月底\t10月底\t12月底\t");
        w.WriteLine("\t\t\t\t60%\t100%\t");
        w.WriteLine($"绩效目标\t1. {t.YearGoal}\t\t\t\t\t");
        w.WriteLine("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t");
        string? level1 = null;
        foreach (var slot in t.Slots.Where(s => s.Indicators.Count > 0))
        {
            foreach (var ind in slot.Indicators)
            {
                var first = level1 != slot.Level1 ? slot.Level1 : "";
                level1 = slot.Level1;
                w.WriteLine($"{first}\t{slot.Level2}\t{ind.Name}\t反映{ind.Name}情况\t{ind.YearValue}\t年度工作计划\t");
            }
        }

        w.WriteLine();
    }
}
