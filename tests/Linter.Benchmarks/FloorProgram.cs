using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GoalLint.Benchmarks;

/// <summary>
/// The floor GoalLint is measured against (issue 15): the least work an exact linter must do on
/// the generated corpus, with nothing else. Every file is read and decoded as UTF-8, split into
/// lines and cells (tab, pipe, or runs of spaces), each table's indicator rows are found with the
/// 一级/二级 labels carried down, and about twenty regex and substring checks run on each indicator.
/// Files are processed in parallel on every core, as GoalLint should be. It prints what it found so
/// a run can be compared with the generator's counts; it keeps no model and writes no report.
/// </summary>
internal static class FloorProgram
{
    private static readonly string[] Level1 = ["产出指标", "效益指标", "满意度指标"];

    private static readonly string[] Level2 =
    [
        "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
        "可持续影响指标", "服务对象满意度指标", "满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
    ];

    private static readonly string[] TableTitles = ["绩效目标表", "绩效自评表", "自评基础信息表", "绩效目标申报表"];

    private static readonly string[] BlockEnds = ["项目名称", "总分", "合计"];

    private static readonly string[] VagueWords = ["巩固提升", "有效提升", "显著提高", "良好", "有效保障", "可持续", "长期提供", "效果明显", "明显提升", "稳步提升"];

    private static readonly Regex[] Checks =
    [
        Rx(@"^[≥≤><=]?\s*\d+(\.\d+)?\s*%$"),
        Rx(@"^[≥≤><=]?\s*\d+(\.\d+)?$"),
        Rx(@"(\d+(\.\d+)?)\s*(万元|元|千元|亿元)"),
        Rx(@"(19|20)\d{2}\s*年"),
        Rx(@"\d{4}年\d{1,2}月(\d{1,2}日)?(底|前|之前)?"),
        Rx(@"[Xx×]{2,}|\*{2,}|…{2,}"),
        Rx(@"^(满足|满意|有效|合理|正常运行|达标)$"),
        Rx(@"^\s*≥\s*100(\.0+)?\s*%"),
        Rx(@"^\s*≤\s*\d"),
        Rx(@"预算执行率|成本控制率|控制在预算范围内"),
        Rx(@"1[3-9]\d{9}"),
        Rx(@"[\w.]+@[\w.]+\.\w+"),
        Rx(@"(人次|次|个|项|场|公里|卷|人|户|家|平方米)$"),
        Rx(@"[《（(][^》）)]*$"),
        Rx(@"指标\s*\d+|目标内容\s*\d+"),
    ];

    public static int Run(string directory)
    {
        var files = Directory.GetFiles(directory);
        long tables = 0, indicators = 0, hits = 0;
        var partitions = Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(partitions, file =>
        {
            var (t, i, h) = Scan(File.ReadAllBytes(file));
            Interlocked.Add(ref tables, t);
            Interlocked.Add(ref indicators, i);
            Interlocked.Add(ref hits, h);
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor: {files.Length} files, {tables} tables, {indicators} indicators, {hits} check hits"));
        return 0;
    }

    private static (long Tables, long Indicators, long Hits) Scan(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        long tables = 0, indicators = 0, hits = 0;
        string? level1 = null, level2 = null;
        var cells = new List<string>(16);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).TrimEnd('\r');
            var title = line.Length < 40 && ContainsAny(line, TableTitles);
            if (title || ContainsAny(line, BlockEnds))
            {
                tables += title ? 1 : 0;
                level1 = level2 = null;
                continue;
            }

            SplitCells(line, cells);
            var rest = 0;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (Array.IndexOf(Level1, cell) >= 0)
                {
                    level1 = cell;
                    level2 = null;
                }
                else if (Array.IndexOf(Level2, cell) >= 0)
                {
                    level2 = cell;
                }
                else
                {
                    cells[rest++] = cell;
                }
            }

            if (level2 is null || rest == 0)
            {
                continue;
            }

            indicators++;
            hits += Check(cells[0], level1, level2);
            for (var c = 1; c < rest; c++)
            {
                hits += Check(cells[c], level1, level2);
            }
        }

        return (tables, indicators, hits);
    }

    private static long Check(string cell, string? level1, string level2)
    {
        long hits = 0;
        foreach (var check in Checks)
        {
            hits += check.IsMatch(cell) ? 1 : 0;
        }

        foreach (var word in VagueWords)
        {
            hits += cell.Contains(word, StringComparison.Ordinal) ? 1 : 0;
        }

        hits += level2 == "成本指标" && cell.EndsWith('%') ? 1 : 0;
        hits += level1 == "满意度指标" && cell.StartsWith('≤') ? 1 : 0;
        return hits;
    }

    private static void SplitCells(ReadOnlySpan<char> line, List<string> cells)
    {
        cells.Clear();
        char? separator = line.Contains('\t') ? '\t' : line.Contains('|') ? '|' : null;
        if (separator is { } sep)
        {
            foreach (var part in line.Split(sep))
            {
                AddCell(line[part], cells);
            }

            return;
        }

        foreach (var part in line.Split(' '))
        {
            AddCell(line[part], cells);
        }
    }

    private static void AddCell(ReadOnlySpan<char> cell, List<string> cells)
    {
        cell = cell.Trim();
        if (!cell.IsEmpty)
        {
            cells.Add(cell.ToString());
        }
    }

    private static bool ContainsAny(ReadOnlySpan<char> line, string[] words)
    {
        foreach (var word in words)
        {
            if (line.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
