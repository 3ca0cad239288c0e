using GoalLint.Shared.Json;
using System.Text;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>
/// A table submitted as a workbook or CSV normalises to the same model as its tab-separated
/// export, table for table; only locations differ (sheet and A1 cell instead of line and column).
/// </summary>
public class SpreadsheetModelTests
{
    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var family in new[] { "guangdong", "shenzhen", "hebei" })
            {
                foreach (var format in new[] { "xlsx", "xls" })
                {
                    foreach (var variant in new[] { "typed", "merged", "two sheets", "hidden rows" })
                    {
                        data.Add(family, format, variant);
                    }
                }

                data.Add(family, "csv", "gb18030");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_workbook_normalises_like_its_text_export(string family, string format, string variant)
    {
        var tsv = family switch
        {
            "guangdong" => Fixtures.GuangdongGoals,
            "shenzhen" => Fixtures.ShenzhenSelfEvaluation,
            _ => Fixtures.HebeiGoals,
        };
        var text = Load(Encoding.UTF8.GetBytes(tsv), "table.txt");
        Assert.NotEmpty(text.Tables);
        Assert.NotEmpty(text.Tables[0].Indicators);

        var workbook = Load(Build(tsv, format, variant), "table.bin");

        Assert.Equal(text.Layout, workbook.Layout);
        Assert.Equal(ModelJson.Of(text), ModelJson.Of(workbook));
        Assert.All(workbook.Tables.SelectMany(t => t.Indicators), i => Assert.True(format == "csv" || i.Name!.At.Cell is not null));
    }

    private static byte[] Build(string tsv, string format, string variant)
    {
        if (format == "csv")
        {
            // Excel writes every record as wide as the used range.
            var rows = tsv.ReplaceLineEndings("\n").Split('\n').Select(l => l.Split('\t')).ToArray();
            var width = rows.Max(r => r.Length);
            var csv = string.Join("\r\n", rows.Select(r => string.Join(',', r.Select(Quote)) + new string(',', width - r.Length)));
            return EncodingDetector.Gb18030.GetBytes(csv);
        }

        var lines = tsv.ReplaceLineEndings("\n").Split('\n');
        var sheet = FixtureSheet.FromTsv("表1", tsv);
        switch (variant)
        {
            case "merged":
                // Section labels merge down their block; 一级/二级 labels merge down their indicator rows.
                var indicators = Array.FindIndex(lines, l => l.Contains("一级指标", StringComparison.Ordinal)) + 1;
                sheet.MergeDown(0, 0, lines.Length - 1).MergeDown(1, indicators, lines.Length - 1).MergeDown(2, indicators, lines.Length - 1);
                break;
            case "two sheets":
                var split = lines.Length - 3;
                return Fixtures.Write(format, FixtureSheet.FromTsv("表1", string.Join('\n', lines[..split])).Typed(), FixtureSheet.FromTsv("表2", string.Join('\n', lines[split..])).Typed());
            case "hidden rows":
                sheet.HiddenRows.UnionWith([lines.Length - 2, lines.Length - 3]);
                break;
        }

        return Fixtures.Write(format, sheet.Typed());
    }

    private static string Quote(string cell) =>
        cell.Contains(',') || cell.Contains('"') ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    private static PerformanceDocument Load(byte[] bytes, string name)
    {
        var folder = Directory.CreateTempSubdirectory("goallint-model-");
        try
        {
            var path = Path.Combine(folder.FullName, name);
            File.WriteAllBytes(path, bytes);
            return Normaliser.Normalise(DocumentLoader.CreateDefault().Load(path, name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
