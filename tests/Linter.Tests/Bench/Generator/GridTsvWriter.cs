using GoalLint.Model;

namespace GoalLint.Benchmarks.Generator;

/// <summary>广东 项目绩效目标表 as a tab-separated grid export (the dongguan-tgao shape).</summary>
internal sealed class GridTsvWriter : IFamilyWriter
{
    public string Family => "guangdong-grid";

    public string Layout => "guangdong-goals-grid";

    public string Extension => ".txt";

    public string Preamble(GenTable first) => "";

    public void Write(TextWriter w, GenTable t, int index)
    {
        w.WriteLine();
        w.WriteLine(index % 2 == 0 ? "## 项目绩效目标表" : "# 项目绩效目标表");
        w.WriteLine();
        Row(w, "项目名称", t.Project);
        Row(w, "项目类型", t.ProjectType);
        Row(w, "项目等级", "二级项目");
        Row(w, "主管部门", t.Department);
        Row(w, "用款单位", t.Unit);
        w.WriteLine($"实施周期\t起始年度\t{t.StartYear}\t到期年度\t{t.EndYear}\t");
        Row(w, $"{t.Year}年预算金额（元）", t.Budget.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(w, "总体绩效目标", "实施周期总目标");
        Row(w, "", t.CycleGoal);
        Row(w, "", $"{t.Year}年度目标");
        Row(w, "", t.YearGoal);
        w.WriteLine("绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值");
        string? level1 = null;
        foreach (var slot in t.Slots)
        {
            var first = level1 != slot.Level1 ? slot.Level1 : "";
            level1 = slot.Level1;
            if (slot.Indicators.Count == 0)
            {
                w.WriteLine($"\t{first}\t{slot.Level2}\t\t\t");
                continue;
            }

            for (var i = 0; i < slot.Indicators.Count; i++)
            {
                var ind = slot.Indicators[i];
                var lead = t.ShiftedRow && i == 1 ? "\t\t" : "\t"; // a shifted row: one column too far right
                w.WriteLine($"{lead}{(i == 0 ? first : "")}\t{(i == 0 ? slot.Level2 : "")}\t{ind.Name}\t{ind.CycleValue}\t{ind.YearValue}");
            }
        }
    }

    private static void Row(TextWriter w, string label, string value) => w.WriteLine($"{label}\t{value}\t\t\t\t");
}
