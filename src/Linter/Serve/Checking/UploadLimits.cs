using GoalLint.Ingest;

namespace GoalLint.Serve.Checking;

/// <summary>
/// Caps on what one upload may bring. A submission round is a few hundred files of well under
/// 1 MB each; these leave room for a whole province's round while refusing a zip bomb.
/// </summary>
public sealed record UploadLimits
{
    public static readonly UploadLimits Default = new();

    /// <summary>Largest request body (all files of one upload together).</summary>
    public long MaxRequestBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Most files in one upload, zip entries counted one by one.</summary>
    public int MaxFiles { get; init; } = 5_000;

    /// <summary>Largest single file, unpacked: the same cap the readers apply.</summary>
    public long MaxFileBytes { get; init; } = IngestLimits.Default.MaxFileBytes;

    /// <summary>Most bytes one upload may unpack to, together.</summary>
    public long MaxUnpackedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Highest compression ratio a zip entry may have; text tables compress about 5–15×, a bomb thousands of times.</summary>
    public int MaxCompressionRatio { get; init; } = 200;
}
