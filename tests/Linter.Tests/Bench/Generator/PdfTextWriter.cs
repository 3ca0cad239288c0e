using System.Globalization;
using GoalLint.Model;

namespace GoalLint.Benchmarks.Generator;

/// <summary>广东 项目绩效目标表 as text pulled out of a PDF: space-separated, labels wrapped (the dongguan-bdc shape).</summary>
internal sealed class PdfTextWriter : IFamilyWriter
{
    private const int Width = 44;

    public string Family => "guangdong-pdf";

    public string Layout => "guangdong-goals-pdf-text";

    public string Extension => ".txt";

    public string Preamble(GenTable first) => "";

    public void Write(TextWriter w, GenTable t, int index)
    {
        Para(w, $"表{index + 1}");
        Para(w, "项目绩效目标表");
        Para(w, $"项目名称 {t.Project}");
        Para(w, $"项目类型 {t.ProjectType}");
        Para(w, "项目等级 二级项目");
        Para(w, $"主管部门 {t.Department}");
        Para(w, $"用款单位 {t.Unit}");
        Para(w, $"实施周期 起始年度 {t.StartYear} 到期年度 {t.EndYear}");
        Para(w, $"{t.Year}年预算金额\n(元)");
        Para(w, t.Budget.ToString("N2", CultureInfo.InvariantCulture));
        Para(w, "总体绩效目标");
        Para(w, "实施周期总目标");
        Para(w, Wrap(t.CycleGoal));
        Para(w, $"{t.Year}年度目标");
        Para(w, Wrap(t.YearGoal));
        Para(w, "绩效\n指标");
        Para(w, "一级指标 二级指标 三级指标 实施周期指标值 当年度指标值");
        string? level1 = null;
        foreach (var slot in t.Slots)
        {
            if (level1 != slot.Level1)
            {
                Para(w, Label(slot.Level1));
                level1 = slot.Level1;
            }

            if (slot.Indicators.Count == 1)
            {
                Para(w, $"{slot.Level2} {Line(slot.Indicators[0])}");
                continue;
            }

            Para(w, Label(slot.Level2));
            foreach (var ind in slot.Indicators)
            {
                Para(w, Line(ind));
            }
        }

        w.WriteLine();
    }

    private static string Line(GenIndicator ind) => $"{ind.Name} {ind.CycleValue} {ind.YearValue}";

    /// <summary>Long labels break inside the narrow first columns, as the PDF's cells do.</summary>
    private static string Label(string label) => label.Length > 5 ? label[..5] + "\n" + label[5..] : label;

    private static string Wrap(string text) =>
        string.Join("\n", Enumerable.Range(0, (text.Length + Width - 1) / Width).Select(i => text.Substring(i * Width, Math.Min(Width, text.Length - i * Width))));

    private static void Para(TextWriter w, string text)
    {
        w.WriteLine(text);
        w.WriteLine();
    }
}
