using System.Reflection;
using GoalLint.Analysis;

namespace GoalLint.Check.Scripts;

/// <summary>
/// A check script compiled to an assembly. Running it calls the submission's factory with the
/// analysis context as the script's globals, the way Roslyn's own script runner does.
/// </summary>
public sealed class CompiledScript
{
    private readonly MethodInfo _factory;

    internal CompiledScript(Assembly assembly, bool fromCache)
    {
        FromCache = fromCache;
        _factory = assembly.GetType("Submission#0")?.GetMethod("<Factory>", BindingFlags.Static | BindingFlags.Public)
            ?? throw new InvalidOperationException("the compiled script has no entry point");
    }

    /// <summary>True when the assembly came from the disk cache and no compilation ran.</summary>
    public bool FromCache { get; }

    public void Run(AnalysisContext context)
    {
        try
        {
            var task = (Task<object>)_factory.Invoke(null, [new object?[] { context, null }])!;
            task.GetAwaiter().GetResult();
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
    }
}
