using GoalLint.Shared.Json;

namespace GoalLint.Tests.Ingest.Documents;

/// <summary>
/// Each document fixture normalises to its golden JSON in tests/golden/documents (checked by hand
/// against the file as Word, a browser or a PDF viewer shows it), locations included: page and
/// line in a PDF, table, row and column in Word and HTML, the inner path in an archive.
/// </summary>
public class DocumentGoldenTests
{
    public static TheoryData<string> Files => new()
    {
        "guangdong-goals-2023.docx",
        "guangdong-goals-2023.pdf",
        "guangdong-goals-2023.html",
        "split-table.pdf",
        "nested-tables.docx",
        "colspan-header.html",
        "submissions.zip",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_normalises_to_its_golden_json(string file)
    {
        var documents = DocumentFixtures.LoadAll(file);

        Assert.All(documents, d => Assert.NotEmpty(d.Tables));
        Golden.AssertMatches(Repo.InRepo("tests", "golden", "documents", file + ".json"), NormalisedJson.Serialize(documents));
    }
}
