using System.Security.Cryptography;
using System.Text;
using GoalLint.Shared.Json;

namespace GoalLint.Shared.Cache;

/// <summary>
/// What a YAML text was read into (a rule, pack, profile, the vocabulary, the forms, the message
/// catalogue), kept in the user's cache folder in a compact binary form written by hand
/// (<see cref="ParsedCodec{T}"/>), so a warm run parses no YAML and builds no serializer metadata:
/// YamlDotNet's reflection and first-use JIT were about a third of a one-file run, and then
/// System.Text.Json's metadata, even source-generated, about half of what building the rule set
/// had left. An entry is named by the SHA-256 of this tool's build, the type read into and the
/// text, so an edited file or another build (and so another entry format) never meets a stale
/// entry. An entry starts with the SHA-256 of the payload after it; one that does not match or
/// does not read back (cut short, corrupt, written by hand) is parsed again and rewritten. A miss runs the caller's own parse,
/// so its errors, with their file(line,col), are what they always were; only a text that parsed
/// is stored, and a cache that cannot be written costs only speed.
/// </summary>
public static class ParsedCache
{
    private const int HashLength = 32;

    /// <summary>Entries are a hash and a binary payload: not files to open.</summary>
    private const string Extension = ".entry";

    /// <summary>About twenty builds' worth of the shipped rule set, packs and profiles.</summary>
    private const int EntriesKept = 2000;

    private static readonly AsyncLocal<CacheScope?> Scoped = new();

    private static readonly string Build = $"{ToolInfo.Current.Version}\n{typeof(ParsedCache).Assembly.ManifestModule.ModuleVersionId}\n";

    /// <summary>Reads entries from <paramref name="folder"/> until disposed, counting hits and misses (for tests).</summary>
    public static CacheScope Use(string folder) => Scoped.Value = new CacheScope(folder, Scoped.Value);

    /// <summary>The value <paramref name="text"/> reads into: the cached one, else <paramref name="parse"/>'s, then stored.</summary>
    public static T Read<T>(string text, ParsedCodec<T> codec, Func<T> parse)
        where T : class
    {
        var scope = Scoped.Value;
        var path = EntryPath(scope?.Folder ?? CacheFolder.Parsed, text, typeof(T));
        if (Load(path, codec) is { } hit)
        {
            scope?.Hit();
            return hit;
        }

        scope?.Miss();
        var parsed = parse();
        Store(path, parsed, codec);
        return parsed;
    }

    internal static void EndScope(CacheScope? previous) => Scoped.Value = previous;

    public static string EntryPath(string folder, string text, Type type)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(Build + type.FullName + "\n" + text));
        return Path.Combine(folder, Convert.ToHexStringLower(key)[..32] + Extension);
    }

    /// <summary>The entry's value when its recorded hash is its payload's: damage of any kind (cut short, edited, another file's bytes) is a miss.</summary>
    private static T? Load<T>(string path, ParsedCodec<T> codec)
        where T : class
    {
        try
        {
            var entry = File.Exists(path) ? File.ReadAllBytes(path) : [];
            return entry.Length > HashLength && SHA256.HashData(entry.AsSpan(HashLength)).AsSpan().SequenceEqual(entry.AsSpan(0, HashLength))
                ? codec.Decode(new ArraySegment<byte>(entry, HashLength, entry.Length - HashLength))
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or FormatException or InvalidOperationException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Written beside the entry and renamed over it, so a reader in another run sees a whole entry or none.</summary>
    private static void Store<T>(string path, T value, ParsedCodec<T> codec)
        where T : class
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var payload = codec.Encode(value);
            File.WriteAllBytes(temporary, [.. SHA256.HashData(payload), .. payload]);
            File.Move(temporary, path, overwrite: true);
            CacheFolder.TrimOnce(Path.GetDirectoryName(path)!, "*" + Extension, EntriesKept);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or InvalidDataException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}

/// <summary>A folder the cache reads from for a while, and what it found there.</summary>
public sealed class CacheScope(string folder, CacheScope? previous) : IDisposable
{
    private int _hits;
    private int _misses;

    public string Folder { get; } = folder;

    public int Hits => _hits;

    public int Misses => _misses;

    internal void Hit() => Interlocked.Increment(ref _hits);

    internal void Miss() => Interlocked.Increment(ref _misses);

    public void Dispose() => ParsedCache.EndScope(previous);
}
