using GoalLint.Check.Findings;
using GoalLint.Check.Kinds;
using GoalLint.Shared.Messages;

namespace GoalLint.Check.Rules;

/// <summary>A rule as loaded from its pack, before any profile or config changes it.</summary>
public sealed class Rule
{
    private string? _helpUri;

    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The Chinese title (标题), if the rule file gives one.</summary>
    public string? TitleZh { get; init; }

    /// <summary>The title a reader sees in reports: Chinese when the rule has one, the English title under <c>--lang en</c>.</summary>
    public string ReportTitle => RunLanguage.Current == Language.En || string.IsNullOrWhiteSpace(TitleZh) ? Title : TitleZh;

    public required Category Category { get; init; }

    public required Severity DefaultSeverity { get; init; }

    public required MessageTemplate Message { get; init; }

    public MessageTemplate? Suggestion { get; init; }

    public required IReadOnlyList<string> Policy { get; init; }

    public required TableScope Scope { get; init; }

    public required CheckSpec Check { get; init; }

    public required IReadOnlyDictionary<string, object> DefaultParams { get; init; }

    /// <summary>The pack that defines the rule (core, guangdong, a city's own pack).</summary>
    public required string Pack { get; init; }

    /// <summary>The rule file, as shown to users (rules/core/vague-value.yaml).</summary>
    public required string DefinedIn { get; init; }

    /// <summary>Absolute path of the rule file; doc page and fixtures are found beside it.</summary>
    public required string FullPath { get; init; }

    /// <summary>True when the rule runs code (a C# script or a plugin analyzer): such rules need a trusted pack.</summary>
    public bool RunsCode => Check is ScriptCheck or PluginCheck;

    public string DocPath => Path.ChangeExtension(FullPath, ".md");

    /// <summary>The rule's doc page beside <see cref="DefinedIn"/>, as findings cite it (one string for all of them).</summary>
    public string HelpUri => _helpUri ??= Path.ChangeExtension(DefinedIn, ".md");
}
