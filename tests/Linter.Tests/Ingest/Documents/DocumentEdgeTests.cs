using System.Text;
using GoalLint.Model;
using GoalLint.Tests.Ingest.Formats;

namespace GoalLint.Tests.Ingest.Documents;

/// <summary>The hand-made edge cases: how a table survives a page break, nesting, markup, a scan, a password and a legacy format.</summary>
public class DocumentEdgeTests
{
    [Fact]
    public void A_table_split_over_two_pdf_pages_reads_as_its_source_page()
    {
        var pdf = DocumentFixtures.Load("split-table.pdf");
        var html = DocumentFixtures.Load("sources/split-table.html");

        Assert.Equal(ModelJson.Of(html), ModelJson.Of(pdf));
        // The header row repeated at the top of page 2 is not read as an indicator, and page 2's rows say so.
        var indicators = pdf.Tables.SelectMany(t => t.Indicators).ToArray();
        Assert.DoesNotContain(indicators, i => i.Name!.Text == "三级指标");
        Assert.Contains(indicators, i => i.Name!.At.Sheet == "第2页");
    }

    [Fact]
    public void A_nested_word_table_reads_as_its_source_page_and_is_named_by_its_place()
    {
        var docx = DocumentFixtures.Load("nested-tables.docx");
        var html = DocumentFixtures.Load("sources/nested-tables.html");

        Assert.Equal(ModelJson.Of(html), ModelJson.Of(docx));
        var indicator = Assert.Single(docx.Tables).Indicators[0];
        Assert.Equal("表1.1", indicator.Name!.At.Sheet);
        Assert.Equal("第2行第4列", indicator.Name.At.Cell);
    }

    [Fact]
    public void An_html_table_with_colspan_in_its_header_is_read_and_scripts_and_comments_are_not()
    {
        var document = DocumentFixtures.Load("colspan-header.html");

        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Equal("gb18030", document.Encoding);
        var table = Assert.Single(document.Tables);
        Assert.Equal("示例县乡村道路安全隐患整治", table.Header.ProjectName!.Text);
        Assert.Equal(5, table.Indicators.Count);
        Assert.Contains(table.Indicators, i => i.Name!.Text == "护栏安装长度" && i.AnnualValue!.Raw.Text == "≥18公里");
        Assert.DoesNotContain("假项目", NormalisedJson(document), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<b>")]
    [InlineData("<font color=red>")]
    public void A_page_nesting_past_the_cap_is_a_located_finding_and_is_not_parsed(string opening)
    {
        // 100,000 unclosed tags cost the HTML parser 13–55 s of CPU (the square of the depth); the page is refused first.
        var page = "<!DOCTYPE html><html><body><table><tr><td>项目名称</td><td>甲</td></tr></table>\n<p>正文</p>\n"
            + string.Concat(Enumerable.Repeat(opening, 100_000)) + "</body></html>";

        var diagnostic = Assert.Single(DocumentFixtures.Load(Encoding.UTF8.GetBytes(page), "page.html").Diagnostics);

        Assert.Equal("nesting-too-deep", diagnostic.Code);
        Assert.Equal(3, diagnostic.At.Line);
    }

    [Fact]
    public void A_page_that_closes_its_tags_or_leaves_optional_ends_open_is_read()
    {
        var cells = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<tr><td><div><b>指标{i}</b></div><td>{i}个"));
        var page = $"<!DOCTYPE html><html><body><table><tr><td>三级指标<td>指标值{cells}</table></body></html>";

        var document = DocumentFixtures.Load(Encoding.UTF8.GetBytes(page), "page.html");

        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "nesting-too-deep");
    }

    [Fact]
    public void A_scanned_pdf_says_it_needs_ocr()
    {
        var document = DocumentFixtures.Load("scanned.pdf");

        Assert.Empty(document.Tables);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("needs-ocr", diagnostic.Code);
        Assert.Contains("OCR", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("第1页", diagnostic.At.Sheet);
    }

    [Fact]
    public void An_encrypted_pdf_says_it_is_password_protected()
    {
        var diagnostic = Assert.Single(DocumentFixtures.Load("encrypted.pdf").Diagnostics);

        Assert.Equal("password-protected", diagnostic.Code);
        Assert.Contains("PDF", diagnostic.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> LegacyFiles => new()
    {
        { "Word 97-2003 (.doc)", File.ReadAllBytes(DocumentFixtures.PathOf("legacy.doc")), ".doc" },
        { "WPS 文字 (.wps)", CompoundFile.Write("WordDocument", Encoding.Unicode.GetBytes("WPS Office 文字")), ".wps" },
        { "Microsoft Works (.wps)", CompoundFile.Write("CONTENTS", Encoding.Unicode.GetBytes("MatOST")), ".wps" },
        { "Rich Text", Encoding.ASCII.GetBytes(@"{\rtf1\ansi 项目名称}"), ".rtf" },
    };

    [Theory]
    [MemberData(nameof(LegacyFiles))]
    public void A_legacy_format_is_named_with_how_to_convert_it(string format, byte[] bytes, string extension)
    {
        var diagnostic = Assert.Single(DocumentFixtures.Load(bytes).Diagnostics);

        Assert.True(diagnostic.Code == "unsupported-format", $"{format}: {diagnostic.Code} {diagnostic.Message}");
        Assert.Contains(extension, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", diagnostic.Message, StringComparison.Ordinal);
    }

    private static string NormalisedJson(PerformanceDocument document) => GoalLint.Shared.Json.NormalisedJson.Serialize([document]);
}
