namespace GoalLint.Ingest;

/// <summary>Reading one file took longer than its budget (<see cref="IngestLimits.MaxReadTime"/>).</summary>
public sealed class ReadBudgetExceededException(TimeSpan budget) : Exception($"reading took over {budget.TotalSeconds:0.#} s")
{
    public TimeSpan Budget { get; } = budget;
}
