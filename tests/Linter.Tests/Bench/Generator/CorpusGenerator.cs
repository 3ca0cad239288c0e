using System.Text;

namespace GoalLint.Benchmarks.Generator;

/// <summary>What a generation wrote: the files, and how many tables and indicator rows each family got.</summary>
internal sealed record GeneratedCorpus(string Directory, int Files, IReadOnlyDictionary<string, int> TablesByFamily, IReadOnlyDictionary<string, int> IndicatorsByFamily)
{
    public int Tables => TablesByFamily.Values.Sum();
}

/// <summary>
/// Writes N invented tables across many files, cycling through every text layout family, each
/// file holding a random batch (as departments publish them). The same seed gives the same bytes.
/// </summary>
internal static class CorpusGenerator
{
    public static IReadOnlyList<IFamilyWriter> Families { get; } =
        [new GridTsvWriter(), new PdfTextWriter(), new ShenzhenWriter(), new HebeiWriter(), new ShaoguanWriter()];

    public static GeneratedCorpus Generate(string directory, int tables, int seed, int minPerFile = 20, int maxPerFile = 200, IReadOnlyList<IFamilyWriter>? families = null)
    {
        families ??= Families;
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var factory = new TableFactory(random);
        var counts = families.ToDictionary(f => f.Family, _ => 0);
        var indicators = families.ToDictionary(f => f.Family, _ => 0);
        var written = 0;
        var file = 0;
        while (written < tables)
        {
            var family = families[file % families.Count];
            var batch = Math.Min(tables - written, random.Next(minPerFile, maxPerFile + 1));
            factory.NewFile();
            var path = Path.Combine(directory, $"{family.Family}-{file:00000}{family.Extension}");
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                var content = Enumerable.Range(0, batch).Select(_ => factory.Next()).ToArray();
                writer.Write(family.Preamble(content[0]));
                for (var i = 0; i < content.Length; i++)
                {
                    family.Write(writer, content[i], i);
                }

                indicators[family.Family] += content.Sum(t => t.Indicators.Count());
            }

            counts[family.Family] += batch;
            written += batch;
            file++;
        }

        return new GeneratedCorpus(directory, file, counts, indicators);
    }
}
