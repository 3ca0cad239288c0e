using System.IO.Compression;
using System.Text.RegularExpressions;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>
/// A reader's work is bounded by the cells it meets, not by what the sheet declares: one cell at
/// XFD1048576 (and a dimension saying so) in a 3 KB workbook once took 36 s and lost the real table.
/// </summary>
public class FarCellTests
{
    [Fact]
    public void A_cell_at_the_far_corner_costs_the_used_range_and_the_table_is_kept()
    {
        var xlsx = FarCorner(Fixtures.Write("xlsx", FixtureSheet.FromTsv("目标表", Fixtures.GuangdongGoals)));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var (source, context) = Fixtures.Decode(xlsx);

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 64L * 1024 * 1024);
        Assert.NotNull(source);
        Assert.Contains(source.Rows, r => Fixtures.Texts(r).Contains("项目名称"));
        Assert.Contains(context.Diagnostics, d => d.Code == "sparse-sheet" && d.At.IsKnown);
    }

    /// <summary>The workbook's sheet with one more cell at XFD1048576, and a dimension claiming the whole sheet.</summary>
    private static byte[] FarCorner(byte[] xlsx)
    {
        var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            var name = entry.FullName;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            var p = Regex.Match(xml, @"<(\w+:)?sheetData").Groups[1].Value;
            xml = xml.Replace($"</{p}sheetData>", $"<{p}row r=\"1048576\"><{p}c r=\"XFD1048576\" t=\"inlineStr\"><{p}is><{p}t>远处</{p}t></{p}is></{p}c></{p}row></{p}sheetData>", StringComparison.Ordinal)
                .Replace($"<{p}sheetData", $"<{p}dimension ref=\"A1:XFD1048576\"/><{p}sheetData", StringComparison.Ordinal);
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml);
        }

        return stream.ToArray();
    }
}
