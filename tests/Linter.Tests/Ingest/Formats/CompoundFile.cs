using System.Buffers.Binary;
using System.Text;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>
/// The smallest OLE compound file (CFB v3, 512-byte sectors) that holds a few streams (up to
/// three): the container of an .xls, or of an encrypted .xlsx. Each stream is padded to 4096
/// bytes so it lives in regular sectors and needs no mini stream.
/// </summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint Free = 0xFFFFFFFF;
    private const uint NoStream = 0xFFFFFFFF;

    public static byte[] Write(string streamName, byte[] stream) => Write((streamName, stream));

    public static byte[] Write(params (string Name, byte[] Data)[] streams)
    {
        var lengths = streams.Select(s => Math.Max(s.Data.Length, 4096)).ToArray();
        var starts = new int[streams.Length];
        var streamSectors = 0;
        for (var i = 0; i < streams.Length; i++)
        {
            starts[i] = streamSectors;
            streamSectors += (lengths[i] + 511) / 512;
        }

        var fatSectors = 1;
        while ((streamSectors + 1 + fatSectors) > fatSectors * 128)
        {
            fatSectors++;
        }

        var directorySector = streamSectors;
        var firstFat = streamSectors + 1;
        var total = streamSectors + 1 + fatSectors;
        var file = new byte[512 + total * 512];

        var header = file.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        U16(header, 0x18, 0x003E);
        U16(header, 0x1A, 0x0003);
        U16(header, 0x1C, 0xFFFE);
        U16(header, 0x1E, 9);
        U16(header, 0x20, 6);
        U32(header, 0x2C, (uint)fatSectors);
        U32(header, 0x30, (uint)directorySector);
        U32(header, 0x38, 4096);
        U32(header, 0x3C, EndOfChain);
        U32(header, 0x44, EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            U32(header, 0x4C + i * 4, i < fatSectors ? (uint)(firstFat + i) : Free);
        }

        // Directory: the root's child is the first stream; each stream's right sibling is the next.
        var directory = file.AsSpan(512 + directorySector * 512, 512);
        Entry(directory[..128], "Root Entry", type: 5, child: 1, right: NoStream, start: EndOfChain, size: 0);
        for (var i = 0; i < 3; i++)
        {
            var entry = directory[((i + 1) * 128)..((i + 2) * 128)];
            if (i < streams.Length)
            {
                streams[i].Data.CopyTo(file, 512 + starts[i] * 512);
                Entry(entry, streams[i].Name, type: 2, child: NoStream, right: i + 1 < streams.Length ? (uint)(i + 2) : NoStream, start: (uint)starts[i], size: (uint)lengths[i]);
            }
            else
            {
                Entry(entry, "", type: 0, child: NoStream, right: NoStream, start: 0, size: 0);
            }
        }

        var fat = file.AsSpan(512 + firstFat * 512, fatSectors * 512);
        var lastSectors = starts.Select((s, i) => s + (lengths[i] + 511) / 512 - 1).ToHashSet();
        for (var i = 0; i < fatSectors * 128; i++)
        {
            var next = i < streamSectors ? (lastSectors.Contains(i) ? EndOfChain : (uint)(i + 1))
                : i == directorySector ? EndOfChain
                : i >= firstFat && i < total ? FatSector
                : Free;
            U32(fat, i * 4, next);
        }

        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint child, uint right, uint start, uint size)
    {
        if (name.Length > 0)
        {
            Encoding.Unicode.GetBytes(name).CopyTo(entry);
            U16(entry, 0x40, (ushort)((name.Length + 1) * 2));
        }

        entry[0x42] = type;
        entry[0x43] = 1;
        U32(entry, 0x44, NoStream);
        U32(entry, 0x48, right);
        U32(entry, 0x4C, child);
        U32(entry, 0x74, start);
        U32(entry, 0x78, size);
    }

    private static void U16(Span<byte> b, int at, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(b[at..], v);

    private static void U32(Span<byte> b, int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(b[at..], v);
}
