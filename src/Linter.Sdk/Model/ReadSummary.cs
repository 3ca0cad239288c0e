using System.Text.Json.Serialization;

namespace GoalLint.Model;

/// <summary>How the indicator header of a table was found.</summary>
public enum HeaderReading
{
    /// <summary>No indicator header: no indicator row was read.</summary>
    Missing,
    /// <summary>One row names the columns (一级指标 | 二级指标 | 三级指标 | 指标值 …).</summary>
    Found,
    /// <summary>Put together: header cells wrapped over two rows, glued, or one per line.</summary>
    Inferred,
}

/// <summary>
/// What a reader could and could not read of one table, so a partial read is said, never hidden:
/// rules that look for something absent (missing-*-indicator) stay silent on a frame that was not
/// read whole.
/// </summary>
public sealed class ReadSummary
{
    public HeaderReading Header { get; set; }

    /// <summary>Indicator rows read.</summary>
    public int Rows { get; set; }

    /// <summary>Cells inside the indicator block that no column could take.</summary>
    public int CellsUnplaced { get; set; }

    /// <summary>The table ends mid-row: the source was cut off.</summary>
    public bool CutOff { get; set; }

    /// <summary>Why the read is partial, in the reviewer's words; empty when it is whole.</summary>
    public List<string> PartialReasons { get; } = [];

    /// <summary>Whether the 一级/二级 frame was read whole, so absence rules may judge it.</summary>
    [JsonIgnore]
    public bool FrameComplete => Header != HeaderReading.Missing && !CutOff && CellsUnplaced == 0;
}
