using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// What a reader says of a table it read in part: each cause on its <see cref="ReadSummary"/> (no rows,
/// cells left unplaced, cut off) becomes one located <c>partial-read</c> finding, and stays on the table
/// for the stats. Every reader that reads an indicator block says it this way.
/// </summary>
internal static class PartialRead
{
    /// <summary>
    /// One located finding per cause of a partial read; the reasons stay on the table for the stats. A reader
    /// that reported each loss where it happened (a row it could not place) passes no context: the reasons only.
    /// </summary>
    public static void Explain(PerformanceTable table, IngestContext? context)
    {
        var read = table.Read!;
        read.PartialReasons.Clear();
        if (read.Rows == 0)
        {
            Report("partial-read", Message.Of("ingest.partial.no-rows"));
        }

        if (read.CellsUnplaced > 0)
        {
            Report("cells-unplaced", Message.Of("ingest.partial.cells-unplaced", ("count", read.CellsUnplaced)));
        }

        if (read.CutOff)
        {
            Report("cut-off", Message.Of("ingest.partial.cut-off"));
        }

        void Report(string code, Message reason)
        {
            read.PartialReasons.Add(reason.ToString());
            context?.Report(code, Message.Of("ingest.partial-read", ("reason", reason.ToString())), table.At, table.Title?.Text);
        }
    }
}
