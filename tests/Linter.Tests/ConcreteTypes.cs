namespace GoalLint.Tests;

/// <summary>What a hand-kept list (readers, report formats) must hold: every concrete type of an interface that can be made without arguments.</summary>
internal static class ConcreteTypes
{
    public static IEnumerable<string?> WithDefaultConstructor<T>() =>
        typeof(T).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
}
