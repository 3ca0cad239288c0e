using GoalLint.Report;

namespace GoalLint.Tests.Report;

/// <summary>The formats are listed by hand (reflection at start-up loads every library); the list must hold every format there is.</summary>
public sealed class ReportFormatsTests
{
    [Fact]
    public void Every_report_format_with_a_default_constructor_is_listed()
    {
        var formats = ConcreteTypes.WithDefaultConstructor<IReportFormat>();
        Assert.Equal(formats, ReportFormats.All.Values.Select(f => f.GetType().FullName).Order(StringComparer.Ordinal));
    }
}
