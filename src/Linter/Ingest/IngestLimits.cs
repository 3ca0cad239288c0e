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

    /// <summary>Most lines read from one file (for a workbook: rows over all its sheets).</summary>
    public int MaxLines { get; init; } = 500_000;

    /// <summary>Most columns read from one sheet; a real form uses about ten.</summary>
    public int MaxColumns { get; init; } = 256;

    /// <summary>Most bytes the entries of an .xlsx may declare unpacked, together (real workbooks unpack to a few MB).</summary>
    public long MaxUnzippedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// CPU time reading one file may take (the reading thread's; a wall-clock net stands at
    /// <see cref="IngestContext.WallFactor"/> times it). The fuzzer holds every reader to 2 s of CPU
    /// on any input; this is the safety net for a reader bug that would otherwise hang the run, and
    /// being CPU time, no load on the machine makes a real file hit it.
    /// </summary>
    public TimeSpan MaxReadTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most entries in an .xlsx zip (a workbook has a few dozen).</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>Most pages read from one PDF (a budget book runs to a few hundred).</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Most files read from one zip archive of submissions.</summary>
    public int MaxArchiveEntries { get; init; } = 1_000;

    /// <summary>
    /// Largest unpacked-to-packed ratio an archive entry may declare: documents compress 3-20
    /// times, a zip bomb a thousand times and more.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>How deep archives inside archives are opened (a bureau's zip of unit zips: 2).</summary>
    public int MaxArchiveDepth { get; init; } = 2;
}
