using GoalLint.Check.Findings;
using GoalLint.Check.Yaml;
using GoalLint.Model;

namespace GoalLint.Check.Packs;

/// <summary>
/// What the trust boundary did to one setting of a configuration file: refused it (an untrusted
/// file naming a template, a pack outside the submission, code) or let through a change that
/// weakens the gate (excluded files, a rule switched off, a lower severity). Each is located at
/// the setting, so the reviewer sees which line of which file did it.
/// </summary>
/// <param name="RuleId"><see cref="Refused"/> or <see cref="GateWeakened"/>.</param>
/// <param name="File">The configuration file, as shown to users.</param>
/// <param name="Line">The setting's line (0 when unknown).</param>
/// <param name="Column">The setting's column.</param>
/// <param name="Setting">The setting, as a key path (templates.html, rules.vague-value.enabled).</param>
/// <param name="Message">Why, in the reviewer's words.</param>
public sealed record ConfigNotice(string RuleId, string File, int Line, int Column, string Setting, string Message)
{
    /// <summary>A setting from the inputs that the boundary refused: it had no effect.</summary>
    public const string Refused = "untrusted-config";

    /// <summary>A setting from the inputs that weakens the gate: it took effect, and the run says so.</summary>
    public const string GateWeakened = "config-weakens-gate";

    /// <summary>A notice about <paramref name="keyPath"/> in the YAML file at <paramref name="path"/>, located at that key.</summary>
    public static ConfigNotice At(string ruleId, string path, string message, params string[] keyPath)
    {
        var (line, column) = YamlLocator.Find(path, keyPath);
        return new ConfigNotice(ruleId, RulesHome.Display(path), line, column, string.Join('.', keyPath), message);
    }

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column}): {Setting}: {Message}" : $"{File}: {Setting}: {Message}";

    /// <summary>The notice as an error finding about the configuration file, so every report shows it and the gate fails.</summary>
    public Finding ToFinding() => new()
    {
        RuleId = RuleId,
        Category = "structure",
        Severity = Severity.Error,
        Message = Message,
        Evidence = Setting,
        File = File,
        At = new SourceLocation(Math.Max(Line, 1), Math.Max(Column, 1)),
        Provenance = new RuleProvenance("goallint", "trust boundary", []),
        Fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{RuleId}\u001f{File}\u001f{Setting}\u001f{Message}")))[..20],
    };
}
