using System.IO.Compression;
using System.Text;
using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Documents;

/// <summary>
/// A zip of submissions is read in place, each file as its own document under its inner path; an
/// entry that would leave the archive, a zip bomb and an archive nested too deep are refused, said, and the rest read.
/// </summary>
public class ArchiveTests
{
    private static readonly byte[] Table = Encoding.UTF8.GetBytes(Formats.Fixtures.GuangdongGoals);

    [Fact]
    public void Every_file_in_the_archive_is_a_document_under_its_inner_path()
    {
        var documents = DocumentFixtures.LoadAll("submissions.zip");

        Assert.Equal(["submissions.zip/单位A/目标表.xlsx", "submissions.zip/单位B/社区食堂.docx"], documents.Select(d => d.Path));
        Assert.Equal([SourceFormat.Xlsx, SourceFormat.Docx], documents.Select(d => d.Format));
        Assert.All(documents, d => Assert.NotEmpty(d.Tables.SelectMany(t => t.Indicators)));
    }

    [Fact]
    public void An_entry_pointing_outside_the_archive_is_refused_and_the_rest_read()
    {
        var documents = LoadAll(Zip(("../../etc/目标表.txt", Table), ("/abs/目标表.txt", Table), ("C:/目标表.txt", Table), ("好/目标表.txt", Table)));

        var archive = documents[0];
        Assert.Equal(3, archive.Diagnostics.Count(d => d.Code == "unsafe-archive-path"));
        Assert.Equal("archive.zip/好/目标表.txt", Assert.Single(documents, d => d.Tables.Count > 0).Path);
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_without_unpacking_it()
    {
        var bomb = Zip(("bomb.txt", new byte[8 * 1024 * 1024]), ("目标表.txt", Table));

        var documents = LoadAll(bomb);

        var refused = Assert.Single(documents[0].Diagnostics);
        Assert.Equal("zip-too-large", refused.Code);
        Assert.Equal("bomb.txt", refused.Evidence);
        Assert.Single(documents, d => d.Tables.Count > 0);
        Assert.True(bomb.Length < 64 * 1024);
    }

    [Fact]
    public void Archives_nested_past_the_cap_are_not_opened()
    {
        var inner = Zip(("目标表.txt", Table));
        var deep = Zip(("b.zip", Zip(("c.zip", inner)))); // three levels: deep → b.zip → c.zip

        var documents = LoadAll(deep);

        Assert.Contains(documents.SelectMany(d => d.Diagnostics), d => d.Code == "nesting-too-deep");
        Assert.DoesNotContain(documents, d => d.Tables.Count > 0);
        Assert.Single(LoadAll(Zip(("b.zip", inner))), d => d.Tables.Count > 0);
    }

    [Fact]
    public void Past_the_entry_cap_nothing_more_is_read()
    {
        var many = Zip([.. Enumerable.Range(0, 5).Select(i => ($"表{i}.txt", Table))]);

        var documents = Load(many, IngestLimits.Default with { MaxArchiveEntries = 3 });

        Assert.Equal(3, documents.Count(d => d.Tables.Count > 0));
        Assert.Contains(documents[0].Diagnostics, d => d.Code == "zip-too-large");
    }

    [Fact]
    public void Loading_one_document_gathers_the_entries_tables_and_names_their_entries_in_diagnostics()
    {
        var document = DocumentFixtures.Load(Zip(("a/目标表.txt", Table), ("b/空.txt", [])));

        Assert.NotEmpty(document.Tables);
        Assert.Contains(document.Diagnostics, d => d.Message.StartsWith("b/空.txt：", StringComparison.Ordinal));
    }

    private static List<PerformanceDocument> LoadAll(byte[] zip) => Load(zip, IngestLimits.Default);

    private static List<PerformanceDocument> Load(byte[] zip, IngestLimits limits)
    {
        var folder = Directory.CreateTempSubdirectory("goallint-zip-");
        try
        {
            var path = Path.Combine(folder.FullName, "archive.zip");
            File.WriteAllBytes(path, zip);
            return [.. new DocumentLoader(LayoutReaders.All, limits).LoadAll(path, "archive.zip")];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(data);
            }
        }

        return stream.ToArray();
    }
}
