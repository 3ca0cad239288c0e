using System.Text;
using GoalLint.Ingest;

namespace GoalLint.Tests.Ingest;

public class EncodingDetectorTests
{
    private const string Sample = "项目名称\t不动产安全服务项目\n成本指标\t预算执行率\t≥90%\n";

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "utf-8" },
        { "utf-8-bom", "utf-8-bom" },
        { "utf-16le-bom", "utf-16le" },
        { "utf-16be-bom", "utf-16be" },
        { "utf-16le", "utf-16le" },
        { "utf-16be", "utf-16be" },
        { "gb18030", "gb18030" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_by_content(string writtenAs, string detectedAs)
    {
        var (text, encoding) = EncodingDetector.Decode(Encode(Sample, writtenAs));

        Assert.Equal(detectedAs, encoding);
        Assert.Equal(Sample, text);
    }

    private static byte[] Encode(string text, string how) => how switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "gb18030" => EncodingDetector.Gb18030.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };
}
