namespace GoalLint.Ingest;

/// <summary>
/// The readers GoalLint knows: every <see cref="ILayoutReader"/> in this assembly, found once.
/// A new layout family is one new reader class; nothing else lists them.
/// </summary>
public static class LayoutReaders
{
    public static IReadOnlyList<ILayoutReader> All { get; } = typeof(ILayoutReader).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILayoutReader).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (ILayoutReader)Activator.CreateInstance(t)!)
        .ToArray();
}
