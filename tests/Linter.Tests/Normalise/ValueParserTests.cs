using System.Globalization;
using System.Text;
using GoalLint.Shared;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint.Tests.Normalise;

/// <summary>
/// ValueParser against value-cases.tsv (real corpus values plus hand-written edge cases), and
/// property checks that it never throws, stays consistent and stays fast on hostile input.
/// </summary>
public class ValueParserTests
{
    /// <summary>Fragments that exercise every reader, mixed with arbitrary characters and broken UTF-16.</summary>
    private static readonly string[] Fragments =
    [
        "≥", "≤", ">", "<", "=", "＞", "≧", ">=", "不低于", "不少于", "以上", "以内", "内", "达到", "低于", "每年", "当年", "年均", "周期内", "累计",
        "%", "％", "百分比", "百分之", "万", "亿", "万亿", "万元", "元/卷", "平方米", "m2", "m^2", "km", "个", "人次", "小时", "工作日", "/",
        "年", "月", "日", "底", "末", "前", "度", "-", "~", "～", "至", "—", ".", ",", "，", "+", "0", "1", "9", "12", "31", "2023", "９", "．",
        "123456789012345", " ", "\t", "\n", "\u3000", "\u200B", "$", "\\geq", "\\text{", "\\%", "}", "{", "^", "²", "巩固提升", "良好", "两", "半",
        "十", "*", "_", "٩", "①", "\uD800", "\uDC00", "é",
    ];

    private static readonly string CaseFile = Repo.InRepo("tests", "Linter.Tests", "Normalise", "value-cases.tsv");

    /// <summary>Line number and text of every case, so each runs and fails on its own.</summary>
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        var number = 0;
        foreach (var line in File.ReadLines(CaseFile))
        {
            number++;
            if (!line.StartsWith('#') && line.Length > 0)
            {
                data.Add(number, line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Value_reads_as_the_case_file_says(int line, string row)
    {
        var columns = row.Split('\t');
        Assert.True(columns.Length == 9, $"value-cases.tsv line {line} has {columns.Length} columns, not 9.");
        var raw = columns[0].Replace('␉', '\t').Replace('␊', '\n').Replace('␠', ' ');

        var actual = Describe(ValueParser.Parse(raw));

        Assert.Equal(string.Join('\t', columns[1..]), actual);
    }

    [Fact]
    public void Case_file_covers_every_kind_comparison_and_period()
    {
        var parsed = Cases().Select(c => ValueParser.Parse(((string)c[1]).Split('\t')[0])).ToList();

        Assert.Equal(Enum.GetValues<ValueKind>().Order(), parsed.Select(p => p.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<Comparison>().Order(), parsed.Select(p => p.Comparison).Distinct().Order());
        Assert.Equal(Enum.GetValues<PeriodQualifier>().Order(), parsed.Select(p => p.Period).Distinct().Order());
    }

    [Fact]
    public void Null_is_empty() => Assert.Same(ParsedValue.Empty, ValueParser.Parse(null));

    [Fact]
    public void Random_text_never_throws_and_every_kind_keeps_its_shape()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomValue(random);
            var parsed = ValueParser.Parse(text);

            AssertShape(text, parsed);
            Assert.Equal(parsed, ValueParser.Parse(text));
        }
    }

    public static TheoryData<string> HostileShapes() =>
        ["digits", "words", "numerals", "dashes", "latex", "spaced", "whitespace", "commas", "rates", "comparisons", "percents", "metres", "years", "surrogates"];

    [Theory]
    [MemberData(nameof(HostileShapes))]
    public void A_megabyte_value_parses_in_linear_time(string shape)
    {
        var text = Megabyte(shape);
        ValueParser.Parse(text[..1000]);

        // CPU time of this thread, not the wall clock: a loaded machine must not fail the test, a quadratic parse (minutes) must.
        var started = CpuClock.Thread();
        var parsed = ValueParser.Parse(text);
        var spent = CpuClock.Thread() - started;

        AssertShape(shape, parsed);
        Assert.True(spent < TimeSpan.FromSeconds(5), $"{shape}: {spent.TotalMilliseconds:F0} ms CPU for 1 MB");
    }

    private static string Megabyte(string shape)
    {
        var unit = shape switch
        {
            "digits" => "9",
            "words" => "巩固提升",
            "numerals" => "不少于两",
            "dashes" => "1-",
            "latex" => "$\\geq\\text{",
            "spaced" => "1 ",
            "whitespace" => " \u3000\t",
            "commas" => ",000",
            "rates" => "/人",
            "comparisons" => "不",
            "percents" => "%",
            "metres" => "5m",
            "years" => "年",
            _ => "\uD800",
        };
        var sb = new StringBuilder(1_000_100).Append('1');
        while (sb.Length < 1_000_000)
        {
            sb.Append(unit);
        }

        return sb.Append("≥95%").ToString();
    }

    private static string RandomValue(Random random)
    {
        var sb = new StringBuilder();
        var parts = random.Next(0, 12);
        for (var i = 0; i < parts; i++)
        {
            sb.Append(random.Next(8) == 0 ? (char)random.Next(0, 0x10000) : Fragments[random.Next(Fragments.Length)]);
        }

        return sb.ToString();
    }

    private static void AssertShape(string input, ParsedValue p)
    {
        var why = $"input '{input[..Math.Min(input.Length, 60)]}' read as {Describe(p)}";
        switch (p.Kind)
        {
            case ValueKind.Empty:
                Assert.True(p == ParsedValue.Empty, why);
                break;
            case ValueKind.Unparsed:
                Assert.True(p == ParsedValue.Unparsed, why);
                break;
            case ValueKind.Quantity:
                Assert.True(p.Number is not null && p.UpperNumber is null && p.Deadline is null, why);
                break;
            case ValueKind.Range:
                Assert.True(p.Number is not null && p.UpperNumber is not null && p.Deadline is null && p.Comparison == Comparison.None, why);
                break;
            case ValueKind.Deadline:
                Assert.True(p.Deadline is not null && p.Number is null && p.Unit is null, why);
                break;
            case ValueKind.Qualitative:
                Assert.True(!string.IsNullOrWhiteSpace(p.Text) && p.Number is null && p.Deadline is null && p.Unit is null, why);
                break;
            default:
                Assert.Fail(why);
                break;
        }
    }

    /// <summary>The case file's columns after raw: kind, comparison, number, upper, unit, period, deadline, text.</summary>
    private static string Describe(ParsedValue p) => string.Join('\t',
        p.Kind,
        p.Comparison == Comparison.None ? "" : p.Comparison.ToString(),
        p.Number?.ToString(CultureInfo.InvariantCulture),
        p.UpperNumber?.ToString(CultureInfo.InvariantCulture),
        p.Unit,
        p.Period == PeriodQualifier.None ? "" : p.Period.ToString(),
        p.Deadline is { } d ? $"{Part(d.Year)}/{Part(d.Month)}/{Part(d.Day)}{(d.EveryYear ? "/every" : "")}" : "",
        p.Text);

    private static string Part(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
