using System.Reflection;
using GoalLint.Analysis;

namespace GoalLint.Check.Scripts;

/// <summary>
/// A check script compiled to an assembly. Running it calls the submission's factory with the
/// analysis context as the script's globals, the way Roslyn's own script runner does; the factory
/// is bound once as a delegate, so a call costs no reflection.
/// </summary>
public sealed class CompiledScript
{
    private readonly Func<object?[], Task<object>> _factory;

    internal CompiledScript(Assembly assembly, bool fromCache)
    {
        FromCache = fromCache;
        var factory = assembly.GetType("Submission#0")?.GetMethod("<Factory>", BindingFlags.Static | BindingFlags.Public)
            ?? throw new InvalidOperationException("the compiled script has no entry point");
        _factory = factory.CreateDelegate<Func<object?[], Task<object>>>();
    }

    /// <summary>True when the assembly came from the disk cache and no compilation ran.</summary>
    public bool FromCache { get; }

    /// <summary>Runs the script; what it throws (running out of memory included) the engine records against its rule.</summary>
    public void Run(AnalysisContext context) =>
        Analysis.Guards.ScriptGuard.Run(context.Cancellation, () => _factory([context, null]).GetAwaiter().GetResult());
}
