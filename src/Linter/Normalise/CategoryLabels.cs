using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Normalise;

/// <summary>Maps the many spellings of 一级/二级指标 labels onto the canonical frame.</summary>
public static class CategoryLabels
{
    /// <summary>
    /// Longer text is not a label but content in a label column: it is Unknown, and not squeezed,
    /// because a label carried down a table is classified again on every row.
    /// </summary>
    private const int MaxLabelChars = 100;

    public static Level1Category Level1(string? label)
    {
        var s = Key(label);
        return s switch
        {
            _ when s.Contains("产出") => Level1Category.Output,
            _ when s.Contains("效益") || s.Contains("效果") => Level1Category.Effect,
            _ when s.Contains("满意") => Level1Category.Satisfaction,
            _ when s.Contains("预算执行") => Level1Category.BudgetExecution,
            _ when s.StartsWith("成本") => Level1Category.Cost,
            _ => Level1Category.Unknown,
        };
    }

    public static Level2Category Level2(string? label)
    {
        var s = Key(label);
        return s switch
        {
            _ when s.StartsWith("数量") => Level2Category.Quantity,
            _ when s.StartsWith("质量") => Level2Category.Quality,
            _ when s.StartsWith("时效") => Level2Category.Timeliness,
            _ when s.Contains("成本") => Level2Category.Cost,
            _ when s.StartsWith("经济效益") => Level2Category.Economic,
            _ when s.StartsWith("社会效益") => Level2Category.Social,
            _ when s.StartsWith("生态") || s.StartsWith("环境效益") => Level2Category.Ecological,
            _ when s.StartsWith("可持续") => Level2Category.Sustainable,
            _ when s.Contains("满意") => Level2Category.ServiceSatisfaction,
            _ => Level2Category.Unknown,
        };
    }

    private static string Key(string? label) => label is null || label.Length > MaxLabelChars ? "" : CellText.Squeeze(label);

    /// <summary>A level-1 category implied by a level-2 one, for rows that name only the second level.</summary>
    public static Level1Category ParentOf(Level2Category level2) => level2 switch
    {
        Level2Category.Quantity or Level2Category.Quality or Level2Category.Timeliness or Level2Category.Cost => Level1Category.Output,
        Level2Category.Economic or Level2Category.Social or Level2Category.Ecological or Level2Category.Sustainable => Level1Category.Effect,
        Level2Category.ServiceSatisfaction => Level1Category.Satisfaction,
        _ => Level1Category.Unknown,
    };
}
