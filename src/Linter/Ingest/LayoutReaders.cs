using GoalLint.Ingest.Json;

namespace GoalLint.Ingest;

/// <summary>
/// The readers GoalLint knows: every <see cref="ILayoutReader"/> in this assembly, found once.
/// A new layout family is one new reader class; nothing else lists them.
/// </summary>
public static class LayoutReaders
{
    /// <summary>
    /// The loader takes the first of equal best matches. GoalLint's own JSON comes first: its header
    /// makes it certain, while the table labels quoted inside it can make a text layout score as high.
    /// </summary>
    public static IReadOnlyList<ILayoutReader> All { get; } = typeof(ILayoutReader).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILayoutReader).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t != typeof(NormalisedJsonReader))
        .ThenBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (ILayoutReader)Activator.CreateInstance(t)!)
        .ToArray();
}
