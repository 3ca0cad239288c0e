namespace GoalLint.Cli;

/// <summary>Process exit codes: a CI gate relies on these, so they never change meaning.</summary>
public static class ExitCodes
{
    /// <summary>The run finished and nothing reached the failure threshold.</summary>
    public const int Clean = 0;

    /// <summary>The run finished and findings reached the threshold (--fail-on, --max-warnings).</summary>
    public const int FindingsOverThreshold = 1;

    /// <summary>The command line was wrong: unknown option, missing path, bad value.</summary>
    public const int UsageError = 2;

    /// <summary>A rule pack, profile, config file, script or template could not be loaded.</summary>
    public const int ConfigurationError = 3;

    /// <summary>
    /// The run finished but an output could not be written (full disk, bad path, no permission);
    /// the error names it, and every other output was written. A configuration error (3) wins.
    /// </summary>
    public const int OutputError = 74;

    /// <summary>GoalLint itself failed (a bug): please report it.</summary>
    public const int InternalError = 70;
}
