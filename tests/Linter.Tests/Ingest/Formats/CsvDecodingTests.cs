using System.Text;
using GoalLint.Ingest;
using GoalLint.Ingest.Formats;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Formats;

public class CsvDecodingTests
{
    private const string Csv = "一级指标,二级指标,三级指标,指标值\r\n"
        + "产出指标,数量指标,\"维护设施数量\n（处）\",≥300\r\n"
        + ",质量指标,\"设施完好率, 含 \"\"A类\"\"\",≥95%\r\n"
        + "满意度指标,服务对象满意度指标,群众满意度,≥90%\r\n";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    [InlineData("utf-16le")]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_in_any_encoding(string encoding)
    {
        var bytes = encoding switch
        {
            "gb18030" => EncodingDetector.Gb18030.GetBytes(Csv),
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Csv)],
            _ => Encoding.UTF8.GetBytes(Csv),
        };

        var (source, context) = Fixtures.Decode(bytes);

        Assert.Empty(context.Diagnostics);
        Assert.Equal(SourceFormat.Csv, source!.Format);
        Assert.Equal(encoding, source.Encoding);
        Assert.Equal(
            [
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "维护设施数量（处）", "≥300"],
                ["", "质量指标", "设施完好率, 含 \"A类\"", "≥95%"],
                ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
            ],
            source.Rows.Select(Fixtures.Texts));
        Assert.Equal(source.Rows.Select(r => r.Raw), source.Lines);
    }

    [Fact]
    public void Cells_are_located_where_their_text_starts_in_the_file()
    {
        var (source, _) = Fixtures.Decode(Encoding.UTF8.GetBytes(Csv));

        var rows = source!.Rows;
        Assert.Equal(new SourceLocation(2, 12), rows[1].Cells[2].At);
        Assert.Equal(new SourceLocation(3, 6), rows[1].Cells[3].At);
        Assert.Equal(3, rows[2].Line);
        Assert.Equal(new SourceLocation(4, 8), rows[2].Cells[2].At);
        Assert.Equal(new SourceLocation(5, 1), rows[3].At);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_not_thrown()
    {
        var (source, context) = Fixtures.Decode(Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n"));

        Assert.Equal(SourceFormat.Csv, source!.Format);
        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal("unterminated-quote", diagnostic.Code);
        Assert.Equal(3, diagnostic.At.Line);
    }

    [Theory]
    [InlineData("项目名称\t测试项目\n一级指标\t二级指标\n产出指标\t数量指标, 质量指标\n")]
    [InlineData("完成年度目标，设施完好率95%以上, 群众满意。\n第二段说明。\n")]
    [InlineData("# 标题\n\n| a | b,c |\n|---|---|\n| 1 | 2 |\n")]
    public void Tab_tables_prose_and_markdown_are_not_csv(string text)
    {
        var (source, _) = Fixtures.Decode(Encoding.UTF8.GetBytes(text));

        Assert.NotEqual(SourceFormat.Csv, source!.Format);
    }

    [Fact]
    public void No_corpus_file_reads_as_csv()
    {
        foreach (var file in Directory.GetFiles(Repo.Corpus))
        {
            var (source, _) = Fixtures.Decode(File.ReadAllBytes(file));

            Assert.NotEqual(SourceFormat.Csv, source!.Format);
        }
    }

    [Fact]
    public void Tab_separated_text_that_quotes_multi_line_cells_reads_as_records()
    {
        var tsv = "项目名称\t测试项目\r\n年度目标\t\"1.完成维护\r\n2.保障运行\"\r\n产出指标\t数量指标\t\"6\"\"显示屏\"\r\n";

        var (source, context) = Fixtures.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(tsv)]);

        Assert.Empty(context.Diagnostics);
        Assert.Equal(SourceFormat.Csv, source!.Format);
        Assert.Equal([["项目名称", "测试项目"], ["年度目标", "1.完成维护2.保障运行"], ["产出指标", "数量指标", "6\"显示屏"]], source.Rows.Select(Fixtures.Texts));
    }

    [Fact]
    public void A_stray_quote_in_plain_tab_separated_text_does_not_swallow_rows()
    {
        var (source, _) = Fixtures.Decode(Encoding.UTF8.GetBytes("项目名称\t\"互联网+\t登记\n产出指标\t数量\n"));

        Assert.Equal(SourceFormat.Text, source!.Format);
        Assert.Equal(3, source.Lines.Count);
    }

    [Fact]
    public void Records_past_the_line_cap_are_cut_and_reported()
    {
        var csv = string.Concat(Enumerable.Range(1, 50).Select(i => $"{i},x\n"));

        var (source, context) = Fixtures.Decode(Encoding.UTF8.GetBytes(csv), IngestLimits.Default with { MaxLines = 10 });

        Assert.Equal(10, source!.Rows.Count);
        Assert.Equal("too-many-lines", Assert.Single(context.Diagnostics).Code);
    }

    [Fact]
    public void Parser_splits_records_per_rfc_4180()
    {
        var records = CsvParser.Parse("a,\"b\r\nc\",\"\"\"d\"\"\"\r\n,\r\n", ',', 100);

        Assert.Equal(0, records.UnterminatedAt);
        Assert.True(records.QuotedBreaks);
        Assert.False(records.Sloppy);
        Assert.Equal([["a", "b\r\nc", "\"d\""], ["", ""]], records.Rows.Select(r => r.Select(f => f.Text)));
    }
}
