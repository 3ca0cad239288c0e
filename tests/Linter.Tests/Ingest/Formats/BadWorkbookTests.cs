using System.IO.Compression;
using System.Text;
using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>Hostile and broken files become one located diagnostic each: no exception, no table, bounded memory.</summary>
public class BadWorkbookTests
{
    private static readonly FixtureSheet Sheet = FixtureSheet.FromTsv("目标表", Fixtures.GuangdongGoals);

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "xlsx truncated", "corrupt-workbook" },
        { "xls truncated", "corrupt-workbook" },
        { "zip garbage", "corrupt-workbook" },
        { "ole garbage", "corrupt-workbook" },
        { "ole without workbook", "corrupt-workbook" },
        { "xls encrypted", "password-protected" },
        { "xlsx encrypted", "password-protected" },
        { "zip word without a body", "corrupt-document" },
        { "xlsx empty", "empty-workbook" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_workbook_is_one_located_diagnostic(string file, string code)
    {
        var (source, context) = Fixtures.Decode(Build(file));

        Assert.Null(source);
        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.True(diagnostic.Code == code, $"{diagnostic.Code}: {diagnostic.Message}");
        Assert.True(diagnostic.At.IsKnown);
    }

    [Fact]
    public void A_zip_declaring_more_than_the_cap_is_not_unpacked()
    {
        var bomb = Zip(("xl/workbook.xml", new byte[100]), ("xl/worksheets/sheet1.xml", new byte[4 * 1024 * 1024]));

        var (source, context) = Fixtures.Decode(bomb, IngestLimits.Default with { MaxUnzippedBytes = 1024 * 1024 });

        Assert.Null(source);
        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal("zip-too-large", diagnostic.Code);
        Assert.Equal("xl/worksheets/sheet1.xml", diagnostic.Evidence);
        Assert.True(bomb.Length < 64 * 1024);
    }

    [Fact]
    public void A_zip_with_too_many_entries_is_not_unpacked()
    {
        var many = Zip([.. Enumerable.Range(0, 30).Select(i => ($"xl/f{i}.xml", new byte[1]))]);

        var (_, context) = Fixtures.Decode(many, IngestLimits.Default with { MaxZipEntries = 20 });

        Assert.Equal("zip-too-large", Assert.Single(context.Diagnostics).Code);
    }

    [Fact]
    public void Sheets_wider_than_the_column_cap_are_cut_and_reported()
    {
        var wide = new FixtureSheet("宽").Set(0, 0, new FixtureCell("项目名称")).Set(0, 300, new FixtureCell("远处"));

        var (source, context) = Fixtures.Decode(Fixtures.Write("xlsx", wide));

        Assert.Equal(["项目名称"], Fixtures.Texts(source!.Rows[0]));
        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal("too-many-columns", diagnostic.Code);
        Assert.Equal("宽", diagnostic.At.Sheet);
    }

    [Fact]
    public void The_loader_turns_every_broken_file_into_a_diagnostic_and_goes_on()
    {
        var folder = Directory.CreateTempSubdirectory("goallint-bad-");
        try
        {
            var files = BrokenFiles.Select(row => (string)row[0]).Append("zero").ToArray();
            foreach (var file in files)
            {
                File.WriteAllBytes(Path.Combine(folder.FullName, file), file == "zero" ? [] : Build(file));
            }

            var loader = DocumentLoader.CreateDefault();
            foreach (var file in files)
            {
                var document = loader.Load(Path.Combine(folder.FullName, file));

                Assert.Empty(document.Tables);
                Assert.NotEmpty(document.Diagnostics);
                Assert.DoesNotContain(document.Diagnostics, d => d.Code == "reader-failed");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Build(string file)
    {
        var xlsx = Fixtures.Write("xlsx", Sheet);
        var xls = Fixtures.Write("xls", Sheet);
        return file switch
        {
            "xlsx truncated" => xlsx[..(xlsx.Length / 2)],
            "xls truncated" => xls[..1536],
            "zip garbage" => [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x5A, 2000)],
            "ole garbage" => [.. xls[..8], .. Enumerable.Repeat((byte)0xFF, 2000)],
            "ole without workbook" => CompoundFile.Write("PowerPoint Document", Encoding.ASCII.GetBytes("not a workbook")),
            "xls encrypted" => XlsWriter.Write([Sheet], encrypted: true),
            "xlsx encrypted" => EncryptedXlsx(),
            "zip word without a body" => Zip(("word/document.xml", Encoding.UTF8.GetBytes("<w:document/>"))),
            "xlsx empty" => Fixtures.Write("xlsx", new FixtureSheet("空")),
            _ => throw new ArgumentOutOfRangeException(nameof(file)),
        };
    }

    /// <summary>
    /// An .xlsx saved with a password: an OLE file holding the agile EncryptionInfo (key
    /// parameters as XML) and the EncryptedPackage. The key material is arbitrary, so no password,
    /// not even Excel's default one, opens it.
    /// </summary>
    private static byte[] EncryptedXlsx()
    {
        string Bytes(int n) => Convert.ToBase64String(Enumerable.Range(0, n).Select(i => (byte)(i * 31 + 7)).ToArray());
        const string Cipher = "saltSize=\"16\" blockSize=\"16\" keyBits=\"256\" hashSize=\"64\" cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\"";
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">
            <keyData {Cipher} saltValue="{Bytes(16)}"/>
            <dataIntegrity encryptedHmacKey="{Bytes(64)}" encryptedHmacValue="{Bytes(64)}"/>
            <keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">
            <p:encryptedKey spinCount="1" {Cipher} saltValue="{Bytes(16)}" encryptedVerifierHashInput="{Bytes(16)}" encryptedVerifierHashValue="{Bytes(64)}" encryptedKeyValue="{Bytes(32)}"/>
            </keyEncryptor></keyEncryptors></encryption>
            """;
        // Padded with spaces after the root element to the compound file's 4096-byte stream.
        byte[] info = [4, 0, 4, 0, 0x40, 0, 0, 0, .. Encoding.UTF8.GetBytes(xml.PadRight(4096 - 8))];
        byte[] package = [.. BitConverter.GetBytes(4096L), .. Enumerable.Range(0, 4096).Select(i => (byte)i)];
        return CompoundFile.Write(("EncryptionInfo", info), ("EncryptedPackage", package));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
