using GoalLint.Ingest;

namespace GoalLint.Tests.Ingest;

/// <summary>
/// The per-file read budget is a safety net against a reader that would loop: every layout
/// reader checks it as it goes. With a budget already spent, each corpus file stops at once and
/// becomes one located diagnostic, with no tables.
/// </summary>
public sealed class ReadBudgetTests
{
    public static TheoryData<string> CorpusFiles => new(Directory.GetFiles(Repo.Corpus).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void A_read_over_its_budget_is_stopped_and_reported(string file)
    {
        var loader = new DocumentLoader(LayoutReaders.All, IngestLimits.Default with { MaxReadTime = TimeSpan.FromTicks(1) });

        var document = loader.Load(Repo.CorpusFile(file));

        Assert.Empty(document.Tables);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("read-too-slow", diagnostic.Code);
        Assert.Equal(1, diagnostic.At.Line);
    }

    [Fact]
    public void The_default_budget_leaves_a_real_file_alone()
    {
        var document = DocumentLoader.CreateDefault().Load(Repo.CorpusFile("dongguan-tgao-2023-goals.txt"));

        Assert.NotEmpty(document.Tables);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "read-too-slow");
    }
}
