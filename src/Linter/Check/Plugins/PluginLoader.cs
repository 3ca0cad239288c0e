using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using GoalLint.Analysis;
using GoalLint.Check.Yaml;

namespace GoalLint.Check.Plugins;

/// <summary>
/// Loads analyzer plugins: each assembly in its own load context, sharing GoalLint.Sdk with the
/// tool so the analyzer interfaces are the same types. The built-in plugin, GoalLint.Rules.dll,
/// ships beside the tool. A plugin that fails to load is a visible configuration error.
/// </summary>
public sealed class PluginLoader
{
    public const string BuiltInAssembly = "GoalLint.Rules.dll";

    private readonly ConcurrentDictionary<string, Assembly> _assemblies = new(StringComparer.Ordinal);

    public static string BuiltInPath => Path.Combine(AppContext.BaseDirectory, BuiltInAssembly);

    /// <summary>A new instance of <paramref name="typeName"/>, which must implement <see cref="ITableAnalyzer"/> or <see cref="IRunAnalyzer"/>.</summary>
    public object CreateAnalyzer(string assemblyPath, string typeName, string referencedFrom)
    {
        var assembly = _assemblies.GetOrAdd(Path.GetFullPath(assemblyPath), p => Load(p, referencedFrom));
        var type = assembly.GetType(typeName, throwOnError: false)
            ?? throw YamlFiles.Error(referencedFrom, 0, 0, $"plugin {Path.GetFileName(assemblyPath)} has no type '{typeName}'");
        if (!typeof(ITableAnalyzer).IsAssignableFrom(type) && !typeof(IRunAnalyzer).IsAssignableFrom(type))
        {
            throw YamlFiles.Error(referencedFrom, 0, 0, $"'{typeName}' implements neither ITableAnalyzer nor IRunAnalyzer");
        }

        try
        {
            return Activator.CreateInstance(type)!;
        }
        catch (Exception ex) when (ex is MissingMethodException or TargetInvocationException)
        {
            throw YamlFiles.Error(referencedFrom, 0, 0, $"could not create '{typeName}': {(ex.InnerException ?? ex).Message}");
        }
    }

    private static Assembly Load(string path, string referencedFrom)
    {
        try
        {
            return new PluginLoadContext(path).LoadFromAssemblyPath(path);
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or FileLoadException)
        {
            throw YamlFiles.Error(referencedFrom, 0, 0, $"could not load plugin {path}: {ex.Message}");
        }
    }

    /// <summary>Resolves a plugin's own dependencies beside it, but always shares GoalLint.Sdk with the host.</summary>
    private sealed class PluginLoadContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path))
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName name) =>
            name.Name == typeof(ITableAnalyzer).Assembly.GetName().Name || _resolver.ResolveAssemblyToPath(name) is not { } resolved
                ? null
                : LoadFromAssemblyPath(resolved);
    }
}
