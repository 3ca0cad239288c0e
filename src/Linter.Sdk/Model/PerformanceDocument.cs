using System.Text.Json.Serialization;

namespace GoalLint.Model;

/// <summary>One input file, as read: its detected format, encoding and layout, its tables, and what went wrong.</summary>
public sealed class PerformanceDocument
{
    /// <summary>The path as given on the command line (relative where the input was relative).</summary>
    public required string Path { get; init; }

    public SourceFormat Format { get; set; }

    /// <summary>The encoding detected from the content (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030).</summary>
    public string Encoding { get; set; } = "utf-8";

    /// <summary>The form the file was read as: an id from <c>rules/vocabulary/forms.yaml</c>; <c>unknown</c> when none matched.</summary>
    public string Layout { get; set; } = "unknown";

    /// <summary>Every table found, in source order.</summary>
    public List<PerformanceTable> Tables { get; } = [];

    /// <summary>How many tables were found: also on a <see cref="Summary"/> that let the tables go.</summary>
    [JsonIgnore]
    public int TableCount => _counts?.Tables ?? Tables.Count;

    /// <summary>How many 三级指标 rows its tables hold: also on a <see cref="Summary"/> that let the tables go.</summary>
    [JsonIgnore]
    public int IndicatorCount => _counts?.Indicators ?? Tables.Sum(t => t.IndicatorCount);

    /// <summary>Problems met while reading: unparsed rows, shifted columns, caps hit. Each becomes a `structure` finding.</summary>
    public List<IngestDiagnostic> Diagnostics { get; } = [];

    private (int Tables, int Indicators)? _counts;

    /// <summary>
    /// What a streaming run keeps of the document once it is checked: its format, encoding, layout,
    /// diagnostics and counts; with <see cref="SummaryDetail.Tables"/> each table's
    /// <see cref="PerformanceTable.Summary"/>, sharing equal texts through the run's
    /// <paramref name="pool"/>; with <see cref="SummaryDetail.Rows"/> each indicator's source row too.
    /// </summary>
    public PerformanceDocument Summary(SummaryPool pool, SummaryDetail detail = SummaryDetail.Rows)
    {
        var summary = new PerformanceDocument { Path = Path, Format = Format, Encoding = Encoding, Layout = Layout };
        summary.Diagnostics.AddRange(Diagnostics);
        if (detail == SummaryDetail.Counts)
        {
            summary._counts = (TableCount, IndicatorCount);
            return summary;
        }

        var fields = new SummaryPool.Fields(pool);
        summary.Tables.AddRange(Tables.Select(t => t.Summary(fields, detail == SummaryDetail.Rows)));
        return summary;
    }
}

/// <summary>A located problem met while reading a document.</summary>
/// <param name="Code">Stable kebab-case code: unrecognised-layout, shifted-row, unreadable-file …</param>
/// <param name="Message">Plain-language explanation for a reviewer.</param>
/// <param name="At">Where in the source.</param>
/// <param name="Evidence">The source text concerned.</param>
public sealed record IngestDiagnostic(string Code, string Message, SourceLocation At, string? Evidence = null);
