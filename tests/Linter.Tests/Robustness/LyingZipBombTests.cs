using System.Buffers.Binary;
using System.IO.Compression;
using GoalLint.Ingest;
using GoalLint.Tests.Ingest.Formats;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// A zip bomb that lies: its sheet inflates to 64 MB but its headers declare 1,000 bytes, so the
/// declared-size check (<see cref="BadWorkbookTests"/>) passes it. Reading must still stop at the
/// declared size: the workbook is reported damaged, and the 64 MB are never inflated.
/// </summary>
public sealed class LyingZipBombTests
{
    private const int Declared = 1_000;

    [Fact]
    public void A_sheet_that_inflates_past_its_declared_size_is_not_inflated()
    {
        var bomb = LyingZip();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var (source, context) = Fixtures.Decode(bomb, IngestLimits.Default with { MaxUnzippedBytes = 1024 * 1024 });

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(source);
        Assert.All(context.Diagnostics, d => Assert.True(d.At.IsKnown, d.Code));
        Assert.Contains(context.Diagnostics, d => d.Code == "corrupt-workbook");
        Assert.True(allocated < 16 * 1024 * 1024, $"reading the bomb allocated {allocated:N0} bytes");
    }

    private static byte[] LyingZip()
    {
        var workbook = Fixtures.Write("xlsx", FixtureSheet.FromTsv("目标表", Fixtures.GuangdongGoals));
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var original = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        {
            foreach (var entry in original.Entries)
            {
                using var to = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (entry.FullName == "xl/worksheets/sheet1.xml")
                {
                    to.Write(System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
                    to.Write(new byte[64 * 1024 * 1024]);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }

        var bytes = stream.ToArray();
        Declare(bytes, "xl/worksheets/sheet1.xml"u8, Declared);
        return bytes;
    }

    /// <summary>Rewrites the uncompressed size of <paramref name="name"/> in its local header and its central directory record.</summary>
    private static void Declare(byte[] zip, ReadOnlySpan<byte> name, int size)
    {
        for (var at = 0; at < zip.Length - 46; at++)
        {
            var (signature, sizeAt, nameAt) = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) switch
            {
                0x04034B50 => (true, 22, 30),
                0x02014B50 => (true, 24, 46),
                _ => (false, 0, 0),
            };
            var nameLength = signature ? BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + nameAt - (nameAt == 30 ? 4 : 18))) : 0;
            if (signature && nameLength == name.Length && zip.AsSpan(at + nameAt, nameLength).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + sizeAt), (uint)size);
            }
        }
    }
}
