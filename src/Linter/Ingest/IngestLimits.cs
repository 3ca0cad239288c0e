namespace GoalLint.Ingest;

/// <summary>
/// Caps that keep one hostile file from taking the run down. A file over a cap is reported
/// as a located `structure` diagnostic, not read whole.
/// </summary>
public sealed record IngestLimits
{
    public static readonly IngestLimits Default = new();

    /// <summary>Largest file read, in bytes (real submissions are well under 1 MB).</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Longest cell kept; longer text is cut and reported.</summary>
    public int MaxCellChars { get; init; } = 20_000;

    /// <summary>Most lines read from one file.</summary>
    public int MaxLines { get; init; } = 500_000;
}
