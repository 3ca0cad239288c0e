namespace GoalLint.Ingest.Formats;

/// <summary>
/// A document format whose content becomes rows of located cells, the grid every layout reader
/// reads (as a workbook's sheets do): Word, HTML and PDF each implement it, so the layouts never
/// learn which one a table came from.
/// </summary>
internal interface ICellProducer
{
    Model.SourceFormat Format { get; }

    /// <summary>The rows in reading order, or null when nothing could be read (the reason is reported on <paramref name="context"/>).</summary>
    CellRows? Read(byte[] bytes, IngestLimits limits, IngestContext context);
}

/// <summary>What a producer read: rows numbered from 1, and the text encoding it decoded (or the container's own).</summary>
internal sealed record CellRows(IReadOnlyList<Row> Rows, string Encoding);
