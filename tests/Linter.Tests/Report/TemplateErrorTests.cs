using GoalLint.Check.Yaml;
using GoalLint.Report.Templates;

namespace GoalLint.Tests.Report;

/// <summary>A broken or hostile template is a located configuration error, never a crash or a hang.</summary>
public sealed class TemplateErrorTests
{
    private static readonly ReportView View = ReportViewBuilder.Build(ReportSample.Create());

    [Theory]
    [InlineData("ok\n{{ for f in files }}\n{{ f.path ", "my.scriban(3,")]
    [InlineData("line one\n  {{ summry.errors }}", "my.scriban(2,6)")]
    [InlineData("{{ for f in files }}{{ f.no_such_member }}{{ end }}", "my.scriban(1,")]
    [InlineData("{{ while true }}x{{ end }}", "my.scriban(1,")]
    [InlineData("{{ func f(n); ret f(n + 1); end; f 1 }}", "my.scriban(1,")]
    public void Error_is_located(string source, string expected)
    {
        var ex = Assert.Throws<ConfigurationException>(() => TemplateRenderer.RenderSource(source, "my.scriban", View));
        Assert.Contains(ex.Errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Output_is_capped()
    {
        var source = "{{ for i in 1..100000 }}" + new string('x', 1000) + "{{ end }}";
        var ex = Assert.Throws<ConfigurationException>(() => TemplateRenderer.RenderSource(source, "big.scriban", View));
        Assert.StartsWith("big.scriban(", ex.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_template_file_is_a_configuration_error()
    {
        var ex = Assert.Throws<ConfigurationException>(() => TemplateRenderer.Render(Path.Combine(Path.GetTempPath(), "no-such.scriban"), "no-such.scriban", View));
        Assert.StartsWith("no-such.scriban: error: cannot read template", ex.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void View_is_sorted_and_scored()
    {
        Assert.Equal(["submissions/broken.txt", "submissions/广州/a.txt", "submissions/深圳/b.xlsx"], View.Files.Select(f => f.Path));
        var roads = View.Files[1].Tables[0];
        Assert.Equal(ReportViewBuilder.Score(1, 1, 0), roads.Score);
        Assert.Equal(75, roads.Score);
        Assert.Equal(roads, View.WorstTables[0]);
        Assert.Equal(["广州市城市管理局", "广州市财政局", "深圳市绿化所"], View.Departments.Select(d => d.Name));
        Assert.Equal("Sheet1!D3", View.Files[2].Tables[0].Findings[0].Location);
    }
}
