namespace GoalLint.Report;

/// <summary>
/// What a run tells the formats beyond its findings: where rule docs live, and how the run ended
/// (SARIF records it in invocations). The defaults suit a report rendered on its own.
/// </summary>
public sealed record ReportSettings
{
    public static readonly ReportSettings Default = new();

    /// <summary>
    /// <c>--doc-base URL</c>: where rule doc pages are published. Null links each finding to the
    /// rule's section in the same report. See <see cref="DocLinks"/>.
    /// </summary>
    public string? DocBase { get; init; }

    /// <summary>The exit code the run ends with.</summary>
    public int ExitCode { get; init; }

    /// <summary>False when the run could not do all it was asked (a rule failed, a configuration error).</summary>
    public bool ExecutionSuccessful { get; init; } = true;

    /// <summary>The folder file paths are made relative to (SARIF's %SRCROOT%); null: the working folder.</summary>
    public string? SourceRoot { get; init; }
}
