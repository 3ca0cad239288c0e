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
    [InlineData("markdown", "# 绩效目标审核报告", "# Performance goal review report")]
    [InlineData("markdown", "| 文件 | 表 | 指标 | 发现 | 错误 | 警告 | 提示 | 已豁免 | 基线已收录 |", "| Files | Tables | Indicators | Findings | error | warning | info | Waived | In the baseline |")]
    [InlineData("html", "<html lang=\"zh-CN\">", "<html lang=\"en\">")]
    [InlineData("html", "<label>严重性 <select id=\"f-severity\"><option value=\"\">全部</option>", "<label>Severity <select id=\"f-severity\"><option value=\"\">All</option>")]
    public void The_report_templates_word_themselves_in_the_language_asked_for(string format, string chinese, string english)
    {
        var table = _dir.Write("t.txt", CliRun.WarningsOnlyTable);
        string Report(params string[] lang) => CliRun.Run(["lint", table, "--no-config", "--format", format, "--fail-on", "none", .. lang]).Out;

        Assert.Contains(chinese, Report(), StringComparison.Ordinal);
        var inEnglish = Report("--lang", "en");
        Assert.Contains(english, inEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain(chinese, inEnglish, StringComparison.Ordinal);
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
