using System.Net;
using GoalLint.Serve.Checking;

namespace GoalLint.Serve;

/// <summary>How <c>goallint serve</c> runs: where its data lives, where it listens, and the upload caps.</summary>
public sealed record ServeOptions
{
    public const int DefaultPort = 5170;

    /// <summary>Holds the SQLite file, the uploaded submissions and the cookie keys.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Loopback by default: a reverse proxy on the same machine is how the intranet reaches it (docs/serve.md).</summary>
    public IPAddress Host { get; init; } = IPAddress.Loopback;

    /// <summary>The path a reverse proxy serves the workbench under (/goallint), or empty.</summary>
    public string PathBase { get; init; } = "";

    public UploadLimits Limits { get; init; } = UploadLimits.Default;

    public string UploadsRoot => Path.Combine(DataDirectory, "uploads");

    public string UploadFolder(long uploadId) => Path.Combine(UploadsRoot, uploadId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
