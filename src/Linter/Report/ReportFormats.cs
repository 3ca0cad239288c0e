namespace GoalLint.Report;

/// <summary>Every <see cref="IReportFormat"/> in this assembly, by name.</summary>
public static class ReportFormats
{
    public static IReadOnlyDictionary<string, IReportFormat> All { get; } = typeof(IReportFormat).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReportFormat).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IReportFormat)Activator.CreateInstance(t)!)
        .ToDictionary(f => f.Name, StringComparer.Ordinal);
}
