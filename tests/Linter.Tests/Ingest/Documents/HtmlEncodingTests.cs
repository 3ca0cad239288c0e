using System.Text;
using GoalLint.Ingest;

namespace GoalLint.Tests.Ingest.Documents;

/// <summary>An HTML page is decoded as a browser shows it: BOM, then the declared charset, then what the bytes look like.</summary>
public class HtmlEncodingTests
{
    private const string Page = "<html><head>{0}<title>项目绩效目标表</title></head><body><table><tr><td>项目名称</td><td>示例项目</td></tr></table></body></html>";

    public static TheoryData<string, byte[], string> Pages => new()
    {
        { "declared gb2312", EncodingDetector.Gb18030.GetBytes(string.Format(Page, "<meta charset=\"gb2312\">")), "gb18030" },
        { "not declared, GBK bytes", EncodingDetector.Gb18030.GetBytes(string.Format(Page, "")), "gb18030" },
        { "declared utf-8", Encoding.UTF8.GetBytes(string.Format(Page, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">")), "utf-8" },
        { "declared utf-8, GBK bytes", EncodingDetector.Gb18030.GetBytes(string.Format(Page, "<meta charset=\"utf-8\">")), "gb18030" },
        { "BOM over a wrong declaration", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Format(Page, "<meta charset=\"gbk\">"))], "utf-8-bom" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_text_is_decoded_as_a_browser_would(string page, byte[] bytes, string encoding)
    {
        var context = new IngestContext("page.html");
        var source = Assert.Single(SourceDecoder.Decode("page.html", bytes, IngestLimits.Default, context));

        Assert.True(encoding == source.Encoding, $"{page}: {source.Encoding}");
        Assert.Equal(["项目绩效目标表", "项目名称\t示例项目"], source.Rows.Select(r => r.Raw));
    }
}
