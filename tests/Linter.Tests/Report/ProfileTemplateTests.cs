using GoalLint.Cli;

namespace GoalLint.Tests.Report;

/// <summary>
/// A city profile with its own report templates (<c>templates: { markdown: FILE }</c>, beside the
/// profile): used for its format, overridden by --template, inherited by a profile that extends
/// it, and a broken or missing one is a located configuration error.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ProfileTemplateTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public ProfileTemplateTests()
    {
        // The submission is the input's folder: a city profile beside the tables would be the submitter's, not the user's.
        _dir.Write("submission/warnings.txt", CliRun.WarningsOnlyTable);
        _dir.Write("city/report.scriban", "# 示例市绩效目标审核意见\n\n共 {{ summary.files }} 个文件、{{ summary.tables }} 张表，警告 {{ summary.warnings }} 条。\n");
        _dir.Write("city/city.yaml", "description: 示例市\ntemplates:\n  markdown: report.scriban\n");
    }

    private string Input => _dir.PathOf("submission/warnings.txt");

    private string Profile => _dir.PathOf("city/city.yaml");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Profile_template_renders_its_format()
    {
        var (code, stdout, error) = CliRun.Run("lint", Input, "--no-config", "--profile", Profile, "--format", "markdown");
        Assert.True(code == ExitCodes.Clean, error);
        Assert.StartsWith("# 示例市绩效目标审核意见\n\n共 1 个文件、1 张表，警告 ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_formats_keep_the_shipped_template()
    {
        var html = _dir.PathOf("out.html");
        Assert.Equal(ExitCodes.Clean, CliRun.Run("lint", Input, "--no-config", "--profile", Profile, "--report", html).Code);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Command_line_template_wins()
    {
        var own = _dir.Write("mine.scriban", "我的模板 {{ summary.tables }}\n");
        var (_, stdout, _) = CliRun.Run("lint", Input, "--no-config", "--profile", Profile, "--format", "markdown", "--template", own);
        Assert.StartsWith("我的模板 1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_for_one_format_leaves_the_other_alone()
    {
        var own = _dir.Write("mine.scriban", "我的模板 {{ summary.tables }}\n");
        var html = _dir.PathOf("out.html");
        var (code, stdout, _) = CliRun.Run("lint", Input, "--no-config", "--format", "markdown", "--template", "markdown=" + own, "--report", html);
        Assert.Equal(ExitCodes.Clean, code);
        Assert.StartsWith("我的模板 1", stdout, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Missing_command_line_template_is_a_usage_error()
    {
        var (code, _, error) = CliRun.Run("lint", Input, "--no-config", "--template", "html=" + _dir.PathOf("gone.scriban"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no such template", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_extending_the_profile_inherits_its_template()
    {
        var config = _dir.Write("repo/.goallint.yaml", $"extends: {Profile}\n");
        var (_, stdout, _) = CliRun.Run("lint", Input, "--config", config, "--format", "markdown");
        Assert.StartsWith("# 示例市绩效目标审核意见", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_profile_template_is_a_located_configuration_error()
    {
        var template = _dir.Write("city/report.scriban", "# 标题\n{{ for t in files }}\n{{ t.no_such_member }}\n{{ end }}\n");
        var (code, stdout, error) = CliRun.Run("lint", Input, "--no-config", "--profile", Profile, "--format", "markdown");
        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(template)}\(3,\d+\): error: ", error);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Missing_profile_template_names_the_profile()
    {
        _dir.Write("city/city.yaml", "templates:\n  html: gone.scriban\n");
        var (code, _, error) = CliRun.Run("lint", Input, "--no-config", "--profile", Profile);
        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Contains("city.yaml: error: templates.html: no such template: gone.scriban", error, StringComparison.Ordinal);
    }
}
