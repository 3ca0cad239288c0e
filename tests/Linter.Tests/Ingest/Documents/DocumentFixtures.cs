using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint.Tests.Ingest.Documents;

/// <summary>The document fixtures in tests/fixtures/documents (made with LibreOffice and qpdf by its make.sh), loaded as GoalLint loads a submission.</summary>
internal static class DocumentFixtures
{
    public static string PathOf(string name) => Repo.InRepo("tests", "fixtures", "documents", name);

    public static PerformanceDocument Load(string name) =>
        Normaliser.Normalise(DocumentLoader.CreateDefault().Load(PathOf(name), name));

    public static IReadOnlyList<PerformanceDocument> LoadAll(string name) =>
        DocumentLoader.CreateDefault().LoadAll(PathOf(name), name).Select(Normaliser.Normalise).ToArray();

    /// <summary>Bytes read as a file named <paramref name="name"/> (the name is only what reports show).</summary>
    public static PerformanceDocument Load(byte[] bytes, string name = "input.bin")
    {
        var folder = Directory.CreateTempSubdirectory("goallint-doc-");
        try
        {
            var path = System.IO.Path.Combine(folder.FullName, "input");
            File.WriteAllBytes(path, bytes);
            return Normaliser.Normalise(DocumentLoader.CreateDefault().Load(path, name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
