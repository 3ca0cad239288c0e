using GoalLint.Ingest;
using GoalLint.Ingest.Forms.PdfText;
using GoalLint.Ingest.Forms.Sectioned;
using GoalLint.Ingest.Forms.Blocks;

namespace GoalLint.Tests.Ingest.Layouts;

/// <summary>Every layout reader claims its own corpus file strongly and every other one weakly, so detection never depends on the file name.</summary>
public class LayoutMatchTests
{
    /// <summary>A reader scores another layout's file below this.</summary>
    private const double Foreign = 0.3;

    /// <summary>Each corpus file, the reader that owns it, and the least score that reader must give it.</summary>
    private static readonly (string File, ILayoutReader Owner, double Least)[] Owners =
    [
        ("dongguan-tgao-2023-goals.txt", LayoutReaders.Of("guangdong-goals-grid"), 0.8),
        ("dongguan-bdc-2024-goals.txt", new PdfTextFormReader(), 0.8),
        ("shenzhen-bdc-2020-selfeval.txt", LayoutReaders.Of("shenzhen-self-evaluation"), 0.8),
        ("chengde-zrzy-2023-goals.md", new BudgetTextReader(), 0.9),
        ("shaoguan-bdc-2019-selfeval.md", new SectionedTablesReader(), 0.8),
    ];

    public static TheoryData<string, string> ReaderAndFile
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var reader in Owners)
            {
                foreach (var file in Owners)
                {
                    data.Add(Name(reader.Owner), file.File);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ReaderAndFile))]
    public void A_reader_claims_its_own_corpus_file_and_no_other(string reader, string file)
    {
        var path = Repo.CorpusFile(file);
        var source = SourceDecoder.Decode(path, File.ReadAllBytes(path), IngestLimits.Default, new IngestContext(path)).Single();
        var owner = Owners.Single(o => o.File == file);

        var score = Owners.Single(o => Name(o.Owner) == reader).Owner.Match(source);

        Assert.True(Name(owner.Owner) == reader ? score >= owner.Least : score < Foreign, $"{reader} scored {file} at {score}");
    }

    private static string Name(ILayoutReader reader) => reader.Layout;
}
