using System.Text;
using GoalLint.Check.Engine;
using GoalLint.Model;

namespace GoalLint.Report;

/// <summary>
/// One output format of <c>goallint lint</c>. Every format renders the same <see cref="LintResult"/>;
/// formats are found by reflection, so a new one is one new class.
/// </summary>
public interface IReportFormat
{
    /// <summary>The value of <c>--format</c>: text, json, markdown, html, sarif, junit.</summary>
    string Name { get; }

    /// <summary>The file extension used when writing to a folder.</summary>
    string Extension { get; }

    /// <summary>Whether the format quotes an indicator's source row (so the run must keep the rows).</summary>
    bool ReadsSourceRows => false;

    /// <summary>Whether the format reads each table's header (so the run must keep a summary of every table, not only the counts).</summary>
    bool ReadsTables => ReadsSourceRows;

    /// <summary>What a run must keep of each document for these formats.</summary>
    static SummaryDetail Detail(IEnumerable<IReportFormat> formats)
    {
        var all = formats.ToArray();
        return all.Any(f => f.ReadsSourceRows) ? SummaryDetail.Rows : all.Any(f => f.ReadsTables) ? SummaryDetail.Tables : SummaryDetail.Counts;
    }

    string Render(LintResult result);

    /// <summary>
    /// Writes the report and a final line break. JSON and SARIF stream, so no output holds the whole
    /// run in one string (half a million findings once passed .NET's string limit and lost every
    /// file's results); the other formats write what <see cref="Render(LintResult)"/> gives.
    /// </summary>
    void Write(LintResult result, Stream output) => WriteText(output, Render(result));

    /// <summary>Text as every format writes it: UTF-8 without a byte order mark, ending in a line break.</summary>
    static void WriteText(Stream output, string text)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        writer.Write(text);
        writer.Write('\n');
    }
}
