using System.Runtime.InteropServices;
using System.Text;

namespace GoalLint.Check.Yaml;

/// <summary>
/// Reads a configuration file (rule, pack, profile, config, baseline, waivers, template) as
/// text, safely whatever the path holds: only a regular file is opened (a FIFO would block the
/// run for ever, a device such as /dev/zero never ends), a symbolic link only when it points
/// inside its own folder, and no more than the byte cap is read, whatever the size the file
/// system states. Every refusal is a <see cref="ConfigurationException"/> naming the file.
/// </summary>
public static class ConfigFile
{
    /// <summary>Largest configuration file read; a bigger one is a configuration error, not a memory spike.</summary>
    public const int MaxBytes = 1 << 20;

    /// <param name="path">The file.</param>
    /// <param name="displayPath">The name errors quote.</param>
    /// <param name="what">What the file is, for a file that cannot be read ("template"); null quotes the system's reason alone.</param>
    /// <param name="maxBytes">The byte cap.</param>
    public static string ReadText(string path, string displayPath, string? what = null, int maxBytes = MaxBytes)
    {
        try
        {
            var full = Resolve(Path.GetFullPath(path), displayPath);
            var length = new FileInfo(full).Length;
            if (length > maxBytes)
            {
                throw YamlFiles.Error(displayPath, 0, 0, $"the file is {length:N0} bytes, over the {maxBytes:N0}-byte limit for configuration");
            }

            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            // Sized by what the file system states (a cap-sized array per file was 60 MB of
            // large-object garbage over a run's sixty rule files), grown while the file has more.
            var buffer = new byte[(int)Math.Min(length, maxBytes) + 1];
            var read = 0;
            while (true)
            {
                read += stream.ReadAtLeast(buffer.AsSpan(read), buffer.Length - read, throwOnEndOfStream: false);
                if (read < buffer.Length || buffer.Length > maxBytes)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, maxBytes + 1L));
            }

            if (read > maxBytes)
            {
                throw YamlFiles.Error(displayPath, 0, 0, $"the file is over the {maxBytes:N0}-byte limit for configuration");
            }

            using var reader = new StreamReader(new MemoryStream(buffer, 0, read), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw YamlFiles.Error(displayPath, 0, 0, what is null ? ex.Message : $"cannot read {what}: {ex.Message}");
        }
    }

    /// <summary>The file to open: the path itself, or a link's final target inside the link's folder; refuses anything but a regular file.</summary>
    private static string Resolve(string full, string displayPath)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            var folder = Path.GetDirectoryName(full)! + Path.DirectorySeparatorChar;
            if (target is null || !target.StartsWith(folder, StringComparison.Ordinal))
            {
                throw YamlFiles.Error(displayPath, 0, 0, $"a symbolic link to {target ?? "nothing"}, outside its folder: configuration links are followed only inside their folder");
            }

            full = target;
        }

        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Could not find file '{full}'.");
        }

        return IsRegular(full) ? full : throw YamlFiles.Error(displayPath, 0, 0, "not a regular file (a FIFO, a device or a socket): configuration is read from regular files only");
    }

    /// <summary>
    /// Whether the path is a regular file. .NET tells a FIFO or a device from a file only through
    /// its own native shim (the stat the runtime itself uses); where that is missing, Windows'
    /// attributes, or, failing both, yes.
    /// </summary>
    private static bool IsRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return (File.GetAttributes(path) & (FileAttributes.Device | FileAttributes.Directory)) == 0;
        }

        try
        {
            return Stat(path, out var status) != 0 || (status.Mode & FileTypeMask) == RegularFile;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    /// <summary>The runtime's FileStatus: flags, then the mode with the file type bits; the rest is room to spare.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;

        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
        public long[] Rest;
    }
}
