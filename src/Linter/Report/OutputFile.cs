namespace GoalLint.Report;

/// <summary>
/// Writes an output file whole or not at all: into a temporary file in the target's folder (so
/// the rename stays on one file system), flushed to disk, then renamed over the target. A full
/// disk, a bad path or a kill part-way leaves the previous file as it was, never a truncated one.
/// A symbolic link (<c>/dev/stdout</c>) and a target that exists and is empty are written where
/// they are, as a shell's <c>&gt;</c> would: an empty file has nothing to keep, a device or a pipe
/// looks empty (<c>--output /dev/null</c>, a named pipe a CI step reads), and renaming over any of
/// them would put a plain file in its place.
/// Any failure is an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> for
/// the caller to name; the temporary file is removed.
/// </summary>
public static class OutputFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var target = Path.GetFullPath(path);
        if (new FileInfo(target) is { LinkTarget: not null } or { Exists: true, Length: 0 })
        {
            using var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1 << 16);
            write(stream);
            return;
        }

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
