using GoalLint.Shared.Json;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;
using GoalLint.Report.Json;

namespace GoalLint.Tests.Normalise;

/// <summary>
/// Each corpus file normalises to the golden JSON in tests/golden/normalized/, which was
/// checked by hand against the source. Regenerate with GOALLINT_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public class CorpusGoldenTests
{
    public static TheoryData<string, string, int> CorpusFiles => new()
    {
        { "dongguan-bdc-2024-goals.txt", "guangdong-goals-pdf-text", 12 },
        { "dongguan-tgao-2023-goals.txt", "guangdong-goals-grid", 10 },
        { "shenzhen-bdc-2020-selfeval.txt", "shenzhen-self-evaluation", 22 },
        { "chengde-zrzy-2023-goals.md", "hebei-goals", 23 },
        { "shaoguan-bdc-2019-selfeval.md", "guangdong-self-evaluation", 1 },
    };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_file_normalises_to_its_golden_json(string file, string layout, int tables)
    {
        var document = Load(file);

        Assert.Equal(layout, document.Layout);
        Assert.Equal(tables, document.Tables.Count);
        Golden.AssertMatches(Repo.InRepo("tests", "golden", "normalized", Path.ChangeExtension(file, ".json")), NormalisedJson.Serialize([document]));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_indicator_sits_in_a_known_frame_slot(string file, string layout, int tables)
    {
        _ = (layout, tables);
        var document = Load(file);

        var unplaced = document.Tables.SelectMany(t => t.Indicators)
            .Where(i => i.Level1Category == Level1Category.Unknown || i.Level2Category == Level2Category.Unknown && i.Level1Category != Level1Category.Satisfaction)
            .Select(i => $"{i.At}: {i.Path}")
            .ToArray();
        Assert.Empty(unplaced);
    }

    internal static PerformanceDocument Load(string file) =>
        Normaliser.Normalise(DocumentLoader.CreateDefault().Load(Repo.CorpusFile(file), "corpus/" + file));
}
