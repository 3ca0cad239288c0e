using GoalLint.Ingest.Forms;

namespace GoalLint.Tests.Ingest.Forms;

/// <summary>
/// The layout choice keys every cell over its span (no string per cell); the key must be the one
/// <see cref="LabelText.Key(string)"/> gives the same text, or -1 when it does not fit the buffer.
/// </summary>
public class LabelKeyTests
{
    [Theory]
    [InlineData("一级指标")]
    [InlineData("  一级 指标 ")]
    [InlineData("年度绩效\u3000指标：")]
    [InlineData("## 项目名称:")]
    [InlineData("# # 项目 名称 ： ")]
    [InlineData("#")]
    [InlineData(" : ")]
    [InlineData("#:")]
    [InlineData(":#")]
    [InlineData("a#：#")]
    [InlineData("<b>三级指标</b>")]
    [InlineData("指标&amp;值")]
    [InlineData("实施周期指标值实施周期指标值实施周期指标值")]
    [InlineData("实施周期指标值实施周期指标值实施周期指标值实施周期")]
    [InlineData("###实施周期指标值实施周期指标值实施周期指标值实施周期：：")]
    public void The_span_key_is_the_string_key(string text)
    {
        const int longest = 24;
        var expected = LabelText.Key(text);
        var key = new char[longest];

        var length = LabelText.Key(text.AsSpan(), key);

        if (expected.Length > longest)
        {
            Assert.Equal(-1, length);
        }
        else
        {
            Assert.Equal(expected, new string(key, 0, length));
        }
    }
}
