using GoalLint.Shared.Json;
using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GoalLint.Check.Packs;
using GoalLint.Model;
using GoalLint.Report.Json;

namespace GoalLint.Cli;

/// <summary>
/// <c>lint --cache</c>, as ESLint's: what a file was read into (its normalised documents and the
/// readers' diagnostics) is kept in one JSON file, keyed by the file's content hash, so a file
/// whose bytes did not change is not parsed again. The whole cache is dropped when the tool build
/// (version and commit) or the effective rule set (layers, every rule's settings and file) differs
/// from the run that wrote it, so it is never trusted across versions or configs. Rules always run
/// on every document: checks that compare tables across files see the whole run.
/// </summary>
public sealed class LintCache
{
    public const string DefaultFileName = ".goallintcache";

    private readonly string _path;
    private readonly string _key;
    private readonly ConcurrentDictionary<string, CacheEntry> _entries;

    private LintCache(string path, string key, ConcurrentDictionary<string, CacheEntry> entries) => (_path, _key, _entries) = (path, key, entries);

    /// <summary>Opens the cache at <paramref name="path"/>; a missing, unreadable or stale file starts an empty one.</summary>
    public static LintCache Open(string path, RuleSet rules)
    {
        var key = Key(rules);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<CacheFile>(File.ReadAllText(path), JsonDefaults.Options) is { } file && file.Key == key)
            {
                return new LintCache(path, key, new ConcurrentDictionary<string, CacheEntry>(file.Entries, StringComparer.Ordinal));
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged cache is only a slower run: it is rebuilt.
        }

        return new LintCache(path, key, new ConcurrentDictionary<string, CacheEntry>(StringComparer.Ordinal));
    }

    private int _hits;

    /// <summary>Files served from the cache in this run (for tests and --timing).</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Reads <paramref name="files"/>, parsing only those whose content changed since they were cached.</summary>
    public IReadOnlyList<PerformanceDocument> Read(IReadOnlyList<string> files, Func<string, string> display)
    {
        var documents = new IReadOnlyList<PerformanceDocument>[files.Count];
        Parallel.For(0, files.Count, LintPipeline.OnEveryCore, i => documents[i] = ReadFile(files[i], display));
        return documents.SelectMany(d => d).ToArray();
    }

    /// <summary>One file's documents: from the cache when the file is unchanged, else read and remembered (thread-safe).</summary>
    public IReadOnlyList<PerformanceDocument> ReadFile(string file, Func<string, string> display)
    {
        var full = Path.GetFullPath(file);
        var hash = Hash(file);
        if (hash is not null && _entries.TryGetValue(full, out var entry) && entry.Hash == hash && entry.Display == display(file))
        {
            Interlocked.Increment(ref _hits);
            return JsonSerializer.Deserialize<NormalisedOutput>(entry.Documents, JsonDefaults.Strict)!.Documents;
        }

        var documents = LintPipeline.Read([file], display);
        if (hash is not null)
        {
            _entries[full] = new CacheEntry(hash, display(file), NormalisedJson.Serialize(documents));
        }

        return documents;
    }

    public void Save()
    {
        var kept = _entries.Where(e => File.Exists(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new CacheFile(_key, kept), JsonDefaults.Options), new UTF8Encoding(false));
        File.Move(temp, _path, overwrite: true);
    }

    /// <summary>The tool build and the effective rule set, hashed: any change drops the whole cache.</summary>
    private static string Key(RuleSet rules)
    {
        var text = new StringBuilder(typeof(LintCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion).Append('\n');
        text.AppendJoin('\n', rules.Layers).Append('\n');

        // What the readers met is kept as text in the run's language.
        text.Append(GoalLint.Shared.Messages.RunLanguage.Current).Append('\n');
        foreach (var rule in rules.Rules)
        {
            text.Append(rule.Rule.Id).Append(' ').Append(rule.Enabled).Append(' ').Append(rule.Severity).Append(' ')
                .Append(JsonSerializer.Serialize(rule.Params, JsonDefaults.Options)).Append(' ')
                .Append(Hash(rule.Rule.FullPath)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string? Hash(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The cache file: the key it was written under and one entry per file by full path.</summary>
    private sealed record CacheFile(string Key, Dictionary<string, CacheEntry> Entries);

    /// <summary>A file's content hash, the name reports gave it, and its documents as normalised JSON.</summary>
    private sealed record CacheEntry(string Hash, string Display, string Documents);
}
