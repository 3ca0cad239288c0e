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
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-exclude-").FullName;

    public ExcludeTests()
    {
        Write("tables/a.txt", CliRun.WarningsOnlyTable);
        Write("tables/drafts/b.txt", CliRun.WarningsOnlyTable);
        Write("tables/README.md", "# 本仓库说明\n\n这里存放本单位的绩效目标表。\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(new string[0], new[] { "README.md", "a.txt", "drafts/b.txt" })]
    [InlineData(new[] { "README.md" }, new[] { "a.txt", "drafts/b.txt" })]
    [InlineData(new[] { "**/drafts/**", "*.md" }, new[] { "a.txt" })]
    [InlineData(new[] { "readme.MD" }, new[] { "a.txt", "drafts/b.txt" })]
    public void Globs_apply_relative_to_each_folder(string[] exclude, string[] expected)
    {
        var (files, missing) = InputFiles.Expand([Path.Combine(_dir, "tables")], exclude);

        Assert.Empty(missing);
        Assert.Equal(expected, files.Select(f => Path.GetRelativePath(Path.Combine(_dir, "tables"), f).Replace('\\', '/')));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_read_even_if_a_glob_matches_it()
    {
        var readme = Path.Combine(_dir, "tables", "README.md");

        Assert.Equal([readme], InputFiles.Expand([readme], ["README.md"]).Files);
    }

    [Fact]
    public void The_readme_alone_fails_the_gate_until_it_is_excluded()
    {
        var tables = Path.Combine(_dir, "tables");

        Assert.Equal(ExitCodes.FindingsOverThreshold, CliRun.Run("lint", tables, "--no-config").Code);
        Assert.Equal(ExitCodes.Clean, CliRun.Run("lint", tables, "--no-config", "--exclude", "README.md").Code);
    }

    [Fact]
    public void The_config_exclude_list_applies_and_the_command_line_adds_to_it()
    {
        var config = Write(".goallint.yaml", "exclude: [README.md]\n");
        var tables = Path.Combine(_dir, "tables");

        var (code, output, _) = CliRun.Run("lint", tables, "--config", config, "--exclude", "**/drafts/**", "--fail-on", "none");

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Contains("a.txt", output, StringComparison.Ordinal);
        Assert.DoesNotContain("README.md", output, StringComparison.Ordinal);
        Assert.DoesNotContain("drafts", output, StringComparison.Ordinal);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
