using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>The blocks a grid form's spec may name, made for one table.</summary>
internal static class FormBlocks
{
    public static IReadOnlyList<string> Names { get; } = ["funds", "goal-columns", "goal-labels"];

    public static IFormBlock Create(string name, PerformanceTable table, IngestContext context) => name switch
    {
        "funds" => new FundsBlock(table, context),
        "goal-columns" => new GoalColumnsBlock(table),
        "goal-labels" => new GoalLabelsBlock(table),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such block (GridFormReader checks the names when it is built)."),
    };
}
