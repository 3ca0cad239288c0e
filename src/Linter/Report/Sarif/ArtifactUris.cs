using System.Text.Json;

namespace GoalLint.Report.Sarif;

/// <summary>
/// Artifact locations as relative URIs with a base id, never absolute paths: a file inside the
/// source root (the working folder, a CI checkout) is relative to <c>%SRCROOT%</c>; inputs outside
/// it are relative to <c>%INPUTROOT%</c>, the deepest folder holding all of them.
/// </summary>
public sealed class ArtifactUris
{
    private readonly string _sourceRoot;
    private readonly string? _inputRoot;

    public ArtifactUris(IEnumerable<string> paths, string? sourceRoot)
    {
        _sourceRoot = WithSeparator(Path.GetFullPath(sourceRoot ?? Environment.CurrentDirectory));
        var outside = paths.Select(p => Path.GetFullPath(p, _sourceRoot)).Where(p => !Inside(p)).Distinct(StringComparer.Ordinal).ToArray();
        _inputRoot = outside.Length == 0 ? null : WithSeparator(CommonFolder(outside));
    }

    /// <summary>originalUriBaseIds: each base as an absolute file URI ending in a slash.</summary>
    public void WriteBaseIds(Utf8JsonWriter w)
    {
        w.WriteStartObject("originalUriBaseIds");
        Base(w, SarifFormat.SourceRoot, _sourceRoot, "The working folder GoalLint ran in (the checkout in CI).");
        if (_inputRoot is not null)
        {
            Base(w, SarifFormat.InputRoot, _inputRoot, "The folder holding the inputs given outside the working folder.");
        }

        w.WriteEndObject();
    }

    /// <summary>artifactLocation of a file: its relative URI and the base it is relative to.</summary>
    public void WriteLocation(Utf8JsonWriter w, string path)
    {
        var (relative, baseId) = Relative(path);
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));
        w.WriteString("uriBaseId", baseId);
        w.WriteEndObject();
    }

    public (string Relative, string BaseId) Relative(string path)
    {
        var full = Path.GetFullPath(path, _sourceRoot);
        return Inside(full) || _inputRoot is null
            ? (Path.GetRelativePath(_sourceRoot, full).Replace('\\', '/'), SarifFormat.SourceRoot)
            : (Path.GetRelativePath(_inputRoot, full).Replace('\\', '/'), SarifFormat.InputRoot);
    }

    private static void Base(Utf8JsonWriter w, string id, string folder, string description)
    {
        w.WriteStartObject(id);
        w.WriteString("uri", new Uri(folder).AbsoluteUri);
        w.WriteStartObject("description");
        w.WriteString("text", description);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private bool Inside(string full) => full.StartsWith(_sourceRoot, StringComparison.Ordinal);

    private static string WithSeparator(string folder) => folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;

    private static string CommonFolder(IReadOnlyList<string> files)
    {
        var common = Path.GetDirectoryName(files[0]) ?? Path.GetPathRoot(files[0])!;
        while (!files.All(f => f.StartsWith(WithSeparator(common), StringComparison.Ordinal)))
        {
            common = Path.GetDirectoryName(common) ?? Path.GetPathRoot(common)!;
        }

        return common;
    }
}
