using System.Globalization;
using System.Text;

namespace GoalLint.Accuracy;

/// <summary>The per-category table <c>goallint accuracy</c> prints, then the false alarms and misses when asked.</summary>
public static class AccuracyTable
{
    public static string Render(AccuracyScore score, bool details)
    {
        var text = new StringBuilder();
        text.AppendLine("类别                      正确  误报  漏报  精确率  召回率");
        foreach (var category in GoalLint.Check.Rules.Category.All.Where(score.Categories.ContainsKey))
        {
            Row(text, category, score.Categories[category]);
        }

        Row(text, "合计", score.Total);
        if (details)
        {
            List(text, "误报（审核人员不会签发）", score.FalseAlarms);
            List(text, "漏报（审核人员会退回）", score.Misses);
            List(text, "与已命中发现同行同类的其他发现（不单独计分，请逐条核对）", score.Alongside);
        }

        return text.ToString().TrimEnd();
    }

    private static void Row(StringBuilder text, string name, CategoryScore s) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-24}{s.TruePositives,6}{s.FalsePositives,6}{s.FalseNegatives,6}{s.Precision,8:P0}{s.Recall,8:P0}");

    private static void List(StringBuilder text, string title, IReadOnlyList<string> lines)
    {
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{title}: {lines.Count}");
        foreach (var line in lines)
        {
            text.AppendLine("  " + line);
        }
    }
}
