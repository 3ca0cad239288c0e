using GoalLint.Shared.Json;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GoalLint.Analysis;
using GoalLint.Check.Yaml;
using GoalLint.Model;
using GoalLint.Shared.Cache;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace GoalLint.Check.Scripts;

/// <summary>
/// Compiles <c>.csx</c> check scripts once per run and keeps the assemblies in a disk cache keyed
/// by the script's text and the tool version, so a warm run starts no compiler at all.
/// Compile errors and refused APIs come back as file(line,col) configuration errors. A cache
/// entry is used only when the hash it records matches this script's text, this tool and the
/// assembly bytes it holds (<see cref="ScriptCacheEntry"/>); anything else is compiled afresh. A
/// cache that cannot be written is no cache, said once in <see cref="CacheNotice"/>.
/// </summary>
public sealed class ScriptCompiler(string cacheDirectory)
{
    /// <summary>Several builds' worth of the shipped scripts and a city's own.</summary>
    private const int ScriptsKept = 300;

    private readonly ConcurrentDictionary<string, CompiledScript> _loaded = new();

    /// <summary>How many scripts this run had to compile (0 on a warm run).</summary>
    public int Compilations { get; private set; }

    /// <summary>Why this run has no disk cache (the folder cannot be created or written), or null; the CLI says it once.</summary>
    public string? CacheNotice { get; private set; }

    /// <summary>The tool's <see cref="CacheFolder"/>.</summary>
    public static string DefaultCacheDirectory => CacheFolder.Root;

    public CompiledScript Load(string path, string displayPath)
    {
        // Through the configuration reader: a regular file, a link only inside its folder, at most the byte cap.
        var code = ConfigFile.ReadText(path, displayPath, "script");
        var key = Key(code);
        return _loaded.GetOrAdd(key, _ => LoadOrCompile(code, key, displayPath));
    }

    private static string Key(string code)
    {
        var bytes = Encoding.UTF8.GetBytes(ToolInfo.Current.Version + "\n" + typeof(ScriptCompiler).Assembly.ManifestModule.ModuleVersionId + "\n" + code);
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }

    private CompiledScript LoadOrCompile(string code, string key, string displayPath)
    {
        var cached = Path.Combine(cacheDirectory, key + ScriptCacheEntry.Extension);
        if (ScriptCacheEntry.Read(cached, code) is { } image && TryBind(key, image) is { } hit)
        {
            return hit;
        }

        var compiled = Compile(code, displayPath);
        Compilations++;
        TryStore(cached, ScriptCacheEntry.Create(code, compiled));
        return CompiledScript.Load(key, compiled);
    }

    /// <summary>A verified entry that still does not load as a script (another tool's build, say) is compiled afresh, never an internal error.</summary>
    private static CompiledScript? TryBind(string key, byte[] image)
    {
        try
        {
            return CompiledScript.Load(key, image);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or InvalidOperationException or ArgumentException or TypeLoadException or MissingMethodException)
        {
            return null;
        }
    }

    private static byte[] Compile(string code, string displayPath)
    {
        var original = CSharpScript.Create(code, Roslyn.Options.WithFilePath(displayPath), typeof(AnalysisContext)).GetCompilation();
        var tree = original.SyntaxTrees.Single();
        var errors = original.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => Located(displayPath, d.Location, d.GetMessage()))
            .Concat(ScriptAllowList.Violations(original, tree).Select(v => new ConfigError(displayPath, v.Line, v.Column, v.Message)))
            .ToArray();
        if (errors.Length > 0)
        {
            throw new ConfigurationException(errors);
        }

        var guarded = tree.WithRootAndOptions(new GuardRewriter(original.GetSemanticModel(tree)).Visit(tree.GetRoot()), tree.Options);
        var compilation = original.ReplaceSyntaxTree(tree, guarded);
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        return result.Success
            ? pe.ToArray()
            : throw new ConfigurationException(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Located(displayPath, d.Location, d.GetMessage())).ToArray());
    }

    private static ConfigError Located(string file, Location location, string message)
    {
        var start = location.GetLineSpan().StartLinePosition;
        return new ConfigError(file, start.Line + 1, start.Character + 1, message);
    }

    /// <summary>Writes through a temporary file so a parallel run never reads half an assembly; a read-only cache only costs speed.</summary>
    private void TryStore(string path, byte[] entry)
    {
        if (CacheNotice is not null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(cacheDirectory);
            var temp = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(temp, entry);
            File.Move(temp, path, overwrite: true);
            CacheFolder.TrimOnce(cacheDirectory, "*" + ScriptCacheEntry.Extension, ScriptsKept);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The cache is an optimisation: failing to write it must not fail the run.
            CacheNotice = $"the script cache {cacheDirectory} cannot be written ({ex.Message}); scripts are compiled on every run (GOALLINT_CACHE moves the cache)";
        }
    }

    /// <summary>Built on the first compilation, so a run whose scripts are all cached loads no compiler.</summary>
    private static class Roslyn
    {
        public static readonly ScriptOptions Options = ScriptOptions.Default
            .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(System.Text.RegularExpressions.Regex).Assembly,
                typeof(List<>).Assembly, typeof(AnalysisContext).Assembly, typeof(PerformanceTable).Assembly)
            .WithImports("System", "System.Linq", "System.Collections.Generic", "System.Text.RegularExpressions", "GoalLint.Model", "GoalLint.Analysis")
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithSearchPaths())
            .WithSourceResolver(SourceFileResolver.Default)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithAllowUnsafe(false);
    }
}
