using System.Reflection;
using System.Runtime.Loader;
using GoalLint.Analysis;

namespace GoalLint.Check.Scripts;

/// <summary>
/// A check script compiled to an assembly. Running it calls the submission's factory with the
/// analysis context as the script's globals, the way Roslyn's own script runner does; the factory
/// is bound once as a delegate, so a call costs no reflection. The assembly's bytes are kept so a
/// script worker process can load the same script.
/// </summary>
public sealed class CompiledScript
{
    private readonly Func<object?[], Task<object>> _factory;

    private CompiledScript(string key, byte[] image)
    {
        Key = key;
        Image = image;
        var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image));
        var factory = assembly.GetType("Submission#0")?.GetMethod("<Factory>", BindingFlags.Static | BindingFlags.Public)
            ?? throw new InvalidOperationException("the compiled script has no entry point");
        _factory = factory.CreateDelegate<Func<object?[], Task<object>>>();
    }

    /// <summary>The hash of the script's text and the tool that compiled it.</summary>
    public string Key { get; }

    /// <summary>The compiled assembly.</summary>
    public byte[] Image { get; }

    /// <summary>Loads a compiled assembly into this process; throws as the runtime does for an image that is not one.</summary>
    internal static CompiledScript Load(string key, byte[] image) => new(key, image);

    /// <summary>Runs the script; what it throws (running out of memory included) the engine records against its rule.</summary>
    public void Run(AnalysisContext context) =>
        Analysis.Guards.ScriptGuard.Run(context.Cancellation, () => _factory([context, null]).GetAwaiter().GetResult());
}
