namespace GoalLint.Ingest.Layouts.GuangdongSelfEvaluation;

/// <summary>What a column of the indicator block holds.</summary>
internal enum IndicatorColumn
{
    Level1,
    Level2,
    Name,
    Formula,
    AnnualValue,
    ActualValue,
    DeviationReason,
    Weight,
    Score,
}
