using System.IO.Compression;
using GoalLint.Ingest.Formats;

namespace GoalLint.Serve.Checking;

/// <summary>
/// Puts what a reviewer uploaded on disk, under the upload's own folder and nowhere else: plain
/// files by their bare name, a .zip unpacked entry by entry. An entry that climbs out of the
/// folder (<c>../</c>, an absolute path, a drive), a zip that declares or inflates past the caps,
/// or one that compresses like a bomb is refused whole, before anything of it is kept. Nothing
/// unpacked is ever run: the readers treat every file as data, and packs or scripts among them
/// are skipped the way <c>lint</c> skips them.
/// </summary>
public sealed class UploadUnpacker(UploadLimits limits)
{
    /// <summary>Writes the uploads into <paramref name="folder"/>; returns the refusal, in Chinese, or null when all is kept.</summary>
    public async Task<string?> UnpackAsync(IEnumerable<(string Name, Func<Stream> Open)> uploads, string folder, CancellationToken cancel)
    {
        Directory.CreateDirectory(folder);
        var budget = new Budget();
        foreach (var (name, open) in uploads)
        {
            var bare = BareName(name);
            if (bare is null)
            {
                return $"文件名“{name}”无效。";
            }

            await using var stream = open();
            var refusal = bare.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                ? await UnzipAsync(stream, bare, folder, budget, cancel)
                : await CopyAsync(stream, bare, Path.Combine(folder, bare), budget, cancel);
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return budget.Files == 0 ? "没有收到任何文件。" : null;
    }

    /// <summary>The last segment of a browser-supplied name (some send C:\path\name), or null when nothing usable is left.</summary>
    private static string? BareName(string name)
    {
        var bare = name.Replace('\\', '/').Split('/')[^1].Trim();
        return bare.Length == 0 || bare is "." or ".." || bare.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 ? null : bare;
    }

    private async Task<string?> UnzipAsync(Stream stream, string zipName, string folder, Budget budget, CancellationToken cancel)
    {
        // Read the archive into a temporary file: ZipArchive needs to seek, and the request stream cannot.
        var temp = Path.Combine(folder, ".upload-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            await using (var copy = File.Create(temp))
            {
                await stream.CopyToAsync(copy, cancel);
            }

            using var zip = ZipGuard.Open(() => File.OpenRead(temp));
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToArray();
            if (Inspect(entries, zipName, budget) is { } refusal)
            {
                return refusal;
            }

            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            foreach (var entry in entries)
            {
                var target = Path.GetFullPath(Path.Combine(folder, entry.FullName.Replace('\\', '/')));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    return $"压缩包“{zipName}”中的“{entry.FullName}”指向上传目录之外，已拒绝整个压缩包。";
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using var entryStream = entry.Open();
                if (await CopyAsync(entryStream, $"{zipName}:{entry.FullName}", target, budget, cancel) is { } tooBig)
                {
                    return tooBig;
                }
            }

            return null;
        }
        catch (InvalidDataException ex)
        {
            return $"压缩包“{zipName}”已损坏或不是 zip 文件：{ex.Message}";
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Checks every entry's name and declared size before a byte is inflated.</summary>
    private string? Inspect(IReadOnlyList<ZipArchiveEntry> entries, string zipName, Budget budget)
    {
        if (budget.Files + entries.Count > limits.MaxFiles)
        {
            return $"压缩包“{zipName}”含 {entries.Count:N0} 个文件，超过每次上传 {limits.MaxFiles:N0} 个的上限。";
        }

        long declared = 0;
        foreach (var entry in entries)
        {
            if (ZipGuard.EntryEscapes(entry.FullName.Replace('\\', '/')))
            {
                return $"压缩包“{zipName}”中的“{entry.FullName}”含有不允许的路径（绝对路径或 ..），已拒绝整个压缩包。";
            }

            declared += entry.Length;
            if (entry.Length > limits.MaxFileBytes || budget.Bytes + declared > limits.MaxUnpackedBytes
                || (entry.Length > 1024 * 1024 && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength)))
            {
                return $"压缩包“{zipName}”中的“{entry.FullName}”解压后达 {entry.Length:N0} 字节（压缩后 {entry.CompressedLength:N0} 字节），疑似压缩炸弹，已拒绝整个压缩包。";
            }
        }

        return null;
    }

    /// <summary>Copies at most the per-file cap, counting what is really written (declared sizes can lie).</summary>
    private async Task<string?> CopyAsync(Stream source, string display, string target, Budget budget, CancellationToken cancel)
    {
        if (++budget.Files > limits.MaxFiles)
        {
            return $"一次最多上传 {limits.MaxFiles:N0} 个文件。";
        }

        var buffer = new byte[81920];
        long written = 0;
        await using (var output = File.Create(target))
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancel)) > 0)
            {
                written += read;
                budget.Bytes += read;
                if (written > limits.MaxFileBytes || budget.Bytes > limits.MaxUnpackedBytes)
                {
                    output.Close();
                    File.Delete(target);
                    return $"“{display}”超过单个文件 {limits.MaxFileBytes:N0} 字节或本次上传 {limits.MaxUnpackedBytes:N0} 字节的上限。";
                }

                await output.WriteAsync(buffer.AsMemory(0, read), cancel);
            }
        }

        return null;
    }

    /// <summary>What this upload has kept so far, against the per-upload caps.</summary>
    private sealed class Budget
    {
        public int Files { get; set; }

        public long Bytes { get; set; }
    }
}
