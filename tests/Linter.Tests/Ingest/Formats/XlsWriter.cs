using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>
/// Writes fixture sheets as a BIFF8 .xls (Excel 97-2003): a workbook globals substream with
/// number formats, cell styles and sheet entries, then one substream per sheet with ROW,
/// LABEL, NUMBER and MERGECELLS records, in an OLE compound file. Formulas are written as
/// their cached numbers, which is how a reader sees them.
/// </summary>
internal static class XlsWriter
{
    /// <param name="sheets">The sheets, in order.</param>
    /// <param name="encrypted">Adds an RC4 FILEPASS record, as a password-protected workbook has.</param>
    public static byte[] Write(FixtureSheet[] sheets, bool encrypted = false)
    {
        var formats = sheets.SelectMany(s => s.Rows).SelectMany(r => r).Select(c => c?.Format).OfType<string>().Distinct().ToList();
        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        if (encrypted)
        {
            Record(globals, 0x002F, [1, 0, 1, 0, 1, 0, .. Enumerable.Range(0, 48).Select(i => (byte)(i * 7 + 3))]);
        }

        Record(globals, 0x0042, U16(1200));
        for (var i = 0; i < formats.Count; i++)
        {
            Record(globals, 0x041E, [.. U16(164 + i), .. UnicodeString(formats[i], wideLength: true)]);
        }

        Record(globals, 0x00E0, Xf(0));
        for (var i = 0; i < formats.Count; i++)
        {
            Record(globals, 0x00E0, Xf(164 + i));
        }

        var sheetEntries = new List<long>();
        foreach (var sheet in sheets)
        {
            sheetEntries.Add(globals.Position + 4);
            Record(globals, 0x0085, [0, 0, 0, 0, (byte)(sheet.Hidden ? 1 : 0), 0, .. UnicodeString(sheet.Name, wideLength: false)]);
        }

        Record(globals, 0x000A, []);
        var workbook = globals.ToArray();
        var output = new MemoryStream();
        output.Write(workbook);
        for (var s = 0; s < sheets.Length; s++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(workbook.AsSpan((int)sheetEntries[s]), (uint)output.Position);
            output.Write(Sheet(sheets[s], formats));
        }

        var stream = output.ToArray();
        workbook.CopyTo(stream, 0);
        return CompoundFile.Write("Workbook", stream);
    }

    private static byte[] Sheet(FixtureSheet sheet, List<string> formats)
    {
        var s = new MemoryStream();
        Record(s, 0x0809, Bof(0x0010));
        var columns = sheet.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max();
        Record(s, 0x0200, [.. U32(0), .. U32(sheet.Rows.Count), .. U16(0), .. U16(columns), 0, 0]);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            // fDyZero (0x20) hides the row; fUnsynced (0x40) says the height was set by hand; bit 8 is always set.
            var flags = 0x100 | (sheet.HiddenRows.Contains(r) ? 0x60 : 0);
            Record(s, 0x0208, [.. U16(r), .. U16(0), .. U16(sheet.Rows[r].Count), .. U16(0xFF), 0, 0, 0, 0, .. U32(flags | 0x0F << 16)]);
        }

        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                if (sheet.Rows[r][c] is not { } cell)
                {
                    continue;
                }

                var xf = cell.Format is null ? 0 : formats.IndexOf(cell.Format) + 1;
                byte[] at = [.. U16(r), .. U16(c), .. U16(xf)];
                if (cell.Value is string text)
                {
                    Record(s, 0x0204, [.. at, .. UnicodeString(text, wideLength: true)]);
                }
                else
                {
                    var number = cell.Value is DateTime d ? d.ToOADate() : Convert.ToDouble(cell.Value, CultureInfo.InvariantCulture);
                    Record(s, 0x0203, [.. at, .. BitConverter.GetBytes(number)]);
                }
            }
        }

        if (sheet.Merges.Count > 0)
        {
            var merges = new List<byte>(U16(sheet.Merges.Count));
            foreach (var merge in sheet.Merges)
            {
                var ends = merge.Split(':').Select(e => GoalLint.Ingest.Formats.CellReference.Parse(e)!.Value).ToArray();
                merges.AddRange([.. U16(ends[0].Row), .. U16(ends[1].Row), .. U16(ends[0].Column), .. U16(ends[1].Column)]);
            }

            Record(s, 0x00E5, [.. merges]);
        }

        Record(s, 0x000A, []);
        return s.ToArray();
    }

    private static byte[] Bof(int type) => [.. U16(0x0600), .. U16(type), .. U16(0x0DBB), .. U16(0x07CC), 0, 0, 0, 0, 6, 0, 0, 0];

    /// <summary>A cell XF record: font 0, the number format, everything else default.</summary>
    private static byte[] Xf(int format) => [0, 0, .. U16(format), 0x01, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>XLUnicodeString: length (2 bytes, or 1 for sheet names), a flags byte saying UTF-16, the characters.</summary>
    private static byte[] UnicodeString(string text, bool wideLength) =>
        [.. (wideLength ? U16(text.Length) : [(byte)text.Length]), 1, .. Encoding.Unicode.GetBytes(text)];

    private static void Record(Stream s, int type, byte[] body)
    {
        if (body.Length > 8224)
        {
            throw new ArgumentException("A fixture cell is too long for one BIFF record.", nameof(body));
        }

        s.Write(U16(type));
        s.Write(U16(body.Length));
        s.Write(body);
    }

    private static byte[] U16(int v) => [(byte)v, (byte)(v >> 8)];

    private static byte[] U32(int v) => [(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)];
}
