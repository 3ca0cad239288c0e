namespace GoalLint.Cli;

/// <summary>What <c>--report-unused-waivers</c> does with waivers that matched nothing or have expired.</summary>
public enum UnusedWaivers
{
    /// <summary>Say nothing.</summary>
    Off,

    /// <summary>List them on standard error; the exit code does not change.</summary>
    Warn,

    /// <summary>List them and fail the run (exit code 1), as ESLint's --report-unused-disable-directives does.</summary>
    Error,
}
