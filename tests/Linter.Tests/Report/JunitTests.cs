using System.Xml.Linq;
using GoalLint.Check.Findings;
using GoalLint.Report.Junit;

namespace GoalLint.Tests.Report;

/// <summary>JUnit: one suite per file, one case per table, failures only at or above the gate.</summary>
public sealed class JunitTests
{
    [Fact]
    public void One_suite_per_file_and_one_case_per_table()
    {
        var xml = XDocument.Parse(new JunitFormat().Render(ReportSample.Create()));
        Assert.Equal(["submissions/broken.txt", "submissions/广州/a.txt", "submissions/深圳/b.xlsx"], xml.Root!.Elements("testsuite").Select(s => (string?)s.Attribute("name")));
        Assert.Equal(["(file)", "表1 城乡社区公共设施维护<script>alert(1)</script>", "表2 办公设备购置", "表1 绿化养护"], xml.Descendants("testcase").Select(c => (string?)c.Attribute("name")));
    }

    [Theory]
    [InlineData(FailOn.Error, 2)]
    [InlineData(FailOn.Warning, 3)]
    [InlineData(FailOn.Info, 4)]
    [InlineData(FailOn.None, 0)]
    public void Failures_follow_the_gate(FailOn failOn, int failures)
    {
        var xml = XDocument.Parse(new JunitFormat(failOn).Render(ReportSample.Create()));
        Assert.Equal(failures, xml.Descendants("failure").Count());
        Assert.Equal(4, xml.Descendants("failure").Count() + xml.Descendants("system-out").Sum(o => o.Value.Split('\n').Length));
    }
}
