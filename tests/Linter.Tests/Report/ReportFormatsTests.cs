using GoalLint.Report;

namespace GoalLint.Tests.Report;

/// <summary>The formats are listed by hand (reflection at start-up loads every library); the list must hold every format there is.</summary>
public sealed class ReportFormatsTests
{
    [Fact]
    public void Every_report_format_with_a_default_constructor_is_listed()
    {
        var formats = typeof(IReportFormat).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReportFormat).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(formats, ReportFormats.All.Values.Select(f => f.GetType().FullName).Order(StringComparer.Ordinal));
    }
}
