using System.Security.Cryptography;
using System.Text;
using GoalLint.Shared.Json;

namespace GoalLint.Check.Scripts;

/// <summary>
/// One file of the script cache: a header, the SHA-256 of (script text, tool version and build,
/// assembly bytes), then the assembly. Read back only when the hash matches what this run would
/// record for this script, so an entry swapped in from another rule, left by another build,
/// truncated, or not written by GoalLint at all is never run: it is compiled afresh. The hash
/// detects mistakes and swaps, not a forger: the cache folder must be one only the user can write.
/// </summary>
internal static class ScriptCacheEntry
{
    public const string Extension = ".goallint-script";

    private static readonly byte[] Magic = "GOALLINT-SCRIPT-1\n"u8.ToArray();

    private const int HashLength = 32;

    /// <summary>Largest entry read: a compiled check is a few kilobytes.</summary>
    private const long MaxBytes = 16 << 20;

    public static byte[] Create(string code, byte[] assembly) => [.. Magic, .. Hash(code, assembly), .. assembly];

    /// <summary>The assembly of a verified entry for <paramref name="code"/>, or null (missing, unreadable, foreign, or for other code).</summary>
    public static byte[]? Read(string path, string code)
    {
        byte[] entry;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxBytes || info.Length < Magic.Length + HashLength)
            {
                return null;
            }

            entry = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        if (!entry.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var assembly = entry[(Magic.Length + HashLength)..];
        return CryptographicOperations.FixedTimeEquals(entry.AsSpan(Magic.Length, HashLength), Hash(code, assembly)) ? assembly : null;
    }

    private static byte[] Hash(string code, byte[] assembly)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{ToolInfo.Current.Version}\n{typeof(ScriptCacheEntry).Assembly.ManifestModule.ModuleVersionId}\n{code.Length}\n"));
        sha.AppendData(Encoding.UTF8.GetBytes(code));
        sha.AppendData(assembly);
        return sha.GetHashAndReset();
    }
}
