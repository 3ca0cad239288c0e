using System.Text.Json;
using System.Xml;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Report;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// Cells and project names are the submitter's text. Planted in a real table, markup, script,
/// Markdown control characters, terminal escapes, bidi overrides, CI workflow commands and a very
/// long line must come out of every report format as inert text: escaped, never obeyed.
/// </summary>
public sealed class HostileReportContentTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(2)>";
    private const string Link = "[点此](javascript:alert(3))";
    private const string Bidi = "\u202Eexe.txt";
    private const string Escape = "\u001B[31m";
    private const string Workflow = "::set-output name=pwned::1";

    private static readonly string LongLine = string.Concat(Enumerable.Repeat("很长", 6_000));

    private static readonly Lazy<LintResult> Result = new(Lint);

    public static TheoryData<string> Formats() => [.. ReportFormats.All.Keys.Order()];

    [Fact]
    public void The_hostile_text_reaches_the_findings()
    {
        var evidence = string.Join("\n", Result.Value.Findings.Select(f => f.Evidence));

        Assert.Contains(Script, evidence, StringComparison.Ordinal);
        Assert.Contains(Bidi, evidence, StringComparison.Ordinal);
        Assert.Contains(Result.Value.Documents[0].Tables, t => t.Header.ProjectName?.Text.Contains(Image, StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_escapes_markup_links_and_workflow_commands(string format)
    {
        var output = ReportFormats.All[format].Render(Result.Value);

        switch (format)
        {
            case "json" or "sarif":
                JsonDocument.Parse(output).Dispose();
                break;
            case "junit":
                XmlReader.Create(new StringReader(output)).Read();
                Assert.DoesNotContain(Script, output, StringComparison.Ordinal);
                break;
            case "html":
                Assert.DoesNotContain(Script, output, StringComparison.Ordinal);
                Assert.DoesNotContain(Image, output, StringComparison.Ordinal);
                Assert.DoesNotContain("href=\"javascript:", output, StringComparison.OrdinalIgnoreCase);
                break;
            case "markdown":
                Assert.DoesNotContain(Script, output, StringComparison.Ordinal);
                Assert.DoesNotContain(Image, output, StringComparison.Ordinal);
                Assert.DoesNotContain(Link, output, StringComparison.Ordinal);
                break;
            case "github":
                Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches("^::(error|warning|notice) ", line));
                Assert.DoesNotContain("\n" + Workflow, output, StringComparison.Ordinal);
                break;
        }
    }

    /// <summary>A raw U+202E flips what a reviewer reads (Trojan Source); a raw ESC recolours or rewrites their terminal.</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_shows_bidi_overrides_and_terminal_escapes_as_visible_text(string format)
    {
        var output = ReportFormats.All[format].Render(Result.Value);

        Assert.DoesNotContain(Escape, output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", output, StringComparison.Ordinal);
    }


    private static LintResult Lint()
    {
        var folder = Directory.CreateTempSubdirectory("goallint-hostile-");
        try
        {
            var path = Path.Combine(folder.FullName, "hostile.txt");
            var table = File.ReadAllText(Repo.CorpusFile("dongguan-tgao-2023-goals.txt"))
                .Replace("台港澳青年创新创业专项经费", "青创经费" + Image + Link + Escape, StringComparison.Ordinal)
                .Replace("活动效果\t良好\t良好", $"活动效果{Workflow}\t良好{Script}{Bidi}\t良好{LongLine}", StringComparison.Ordinal);
            File.WriteAllText(path, table);
            return LintPipeline.Lint([path], RuleSetBuilder.Build(new RuleSetOptions()), _ => "submissions/hostile.txt");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
