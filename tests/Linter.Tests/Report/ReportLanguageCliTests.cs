namespace GoalLint.Tests.Report;

/// <summary>--lang picks the language of GoalLint's own messages; --redact and a profile's reports-published mask personal data.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ReportLanguageCliTests : IDisposable
{
    private readonly TempFolder _dir = new();

    [Fact]
    public void What_the_reader_met_is_told_in_chinese_unless_english_is_asked_for()
    {
        var empty = _dir.Write("empty.txt", "");
        Assert.Contains("文件为空，没有可检查的表格。", CliRun.Run(["lint", empty, "--no-config", "--fail-on", "none"]).Out, StringComparison.Ordinal);
        Assert.Contains("The file is empty: no table to check.", CliRun.Run(["lint", empty, "--no-config", "--fail-on", "none", "--lang", "en"]).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown", new string[0], true)]
    [InlineData("sarif", new string[0], true)]
    [InlineData("text", new string[0], false)]
    [InlineData("text", new[] { "--redact" }, true)]
    [InlineData("markdown", new[] { "--redact", "false" }, false)]
    public void A_published_profile_masks_contact_data_in_its_reports(string format, string[] options, bool masked)
    {
        var table = _dir.Write("t.txt", CliRun.WarningsOnlyTable.Replace("项目类型", "联系人\t李示例\t联系电话\t13912345678\t\t\n项目类型", StringComparison.Ordinal));
        var config = _dir.Write("published.yaml", "extends: guangdong\nreports-published: true\n");
        var (_, output, error) = CliRun.Run(["lint", table, "--config", config, "--format", format, "--fail-on", "none", .. options]);
        Assert.True(output.Contains("139****5678", StringComparison.Ordinal) == masked, error + output);
        Assert.True(output.Contains("13912345678", StringComparison.Ordinal) != masked, output);
    }

    public void Dispose() => _dir.Dispose();
}
