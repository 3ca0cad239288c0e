using GoalLint.Report;

namespace GoalLint.Tests.Report;

/// <summary>--redact masks personal contact data in any output and leaves everything else as it was.</summary>
public sealed class RedactionTests
{
    [Theory]
    [InlineData("联系电话：13512341089", "联系电话：135****1089")]
    [InlineData("手机 135-1234-1089。", "手机 135****1089。")]
    [InlineData("邮箱 zhangsan.li@example.cn，", "邮箱 z***@example.cn，")]
    [InlineData("身份证号 11010119900307123X", "身份证号 110101********123X")]
    [InlineData("\"evidence\": \"13987654321\"", "\"evidence\": \"139****4321\"")]
    public void Personal_data_is_masked(string output, string redacted) => Assert.Equal(redacted, Redaction.Apply(output));

    [Theory]
    [InlineData("fingerprint a13512341089b")]
    [InlineData("预算金额 13512341089000 元")]
    [InlineData("办公电话 0755-83001234")]
    [InlineData("第 135 行，≥95%，2023年12月31日前")]
    [InlineData("f13512341089aa0c7e21")]
    public void Other_numbers_and_ids_stay(string output) => Assert.Equal(output, Redaction.Apply(output));
}
