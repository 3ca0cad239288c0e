namespace GoalLint.Report;

/// <summary>
/// Writes an output file whole or not at all: into a temporary file in the target's folder (so
/// the rename stays on one file system), flushed to disk, then renamed over the target. A full
/// disk, a bad path or a kill part-way leaves the previous file as it was, never a truncated one.
/// Any failure is an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> for
/// the caller to name; the temporary file is removed.
/// </summary>
public static class OutputFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
