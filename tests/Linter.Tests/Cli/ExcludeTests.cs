using GoalLint.Cli;
using GoalLint.Ingest;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Cli;

/// <summary>
/// A submission repo holds more than tables (a README, drafts): exclude globs from the command line
/// and the config keep them out of the run, so they neither fail the gate nor slow it.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ExcludeTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public ExcludeTests()
    {
        _dir.Write("tables/a.txt", CliRun.WarningsOnlyTable);
        _dir.Write("tables/drafts/b.txt", CliRun.WarningsOnlyTable);
        _dir.Write("tables/README.md", "# 本仓库说明\n\n这里存放本单位的绩效目标表。\n");
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(new string[0], new[] { "README.md", "a.txt", "drafts/b.txt" })]
    [InlineData(new[] { "README.md" }, new[] { "a.txt", "drafts/b.txt" })]
    [InlineData(new[] { "**/drafts/**", "*.md" }, new[] { "a.txt" })]
    [InlineData(new[] { "readme.MD" }, new[] { "a.txt", "drafts/b.txt" })]
    public void Globs_apply_relative_to_each_folder(string[] exclude, string[] expected)
    {
        var (files, missing) = InputFiles.Expand([_dir.PathOf("tables")], exclude);

        Assert.Empty(missing);
        Assert.Equal(expected, files.Select(f => Path.GetRelativePath(_dir.PathOf("tables"), f).Replace('\\', '/')));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_read_even_if_a_glob_matches_it()
    {
        var readme = _dir.PathOf("tables/README.md");

        Assert.Equal([readme], InputFiles.Expand([readme], ["README.md"]).Files);
    }

    [Fact]
    public void The_readme_is_one_no_table_note_until_it_is_excluded()
    {
        var tables = _dir.PathOf("tables");

        var (code, output, _) = CliRun.Run("lint", tables, "--no-config", "--fail-on", "info");
        Assert.Equal(ExitCodes.FindingsOverThreshold, code);
        Assert.Single(output.Split('\n'), line => line.Contains("README.md(", StringComparison.Ordinal) && line.Contains(" info no-table:", StringComparison.Ordinal));
        Assert.DoesNotContain("README.md", CliRun.Run("lint", tables, "--no-config", "--exclude", "README.md").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_config_exclude_list_applies_and_the_command_line_adds_to_it()
    {
        var config = _dir.Write(".goallint.yaml", "exclude: [README.md]\n");
        var tables = _dir.PathOf("tables");

        var (code, output, _) = CliRun.Run("lint", tables, "--config", config, "--exclude", "**/drafts/**", "--fail-on", "none");

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Contains("a.txt", output, StringComparison.Ordinal);
        Assert.DoesNotContain("README.md", output, StringComparison.Ordinal);
        Assert.DoesNotContain("drafts", output, StringComparison.Ordinal);
    }
}
