using GoalLint.Analysis;

namespace GoalLint.Check.Kinds;

/// <summary>
/// The <c>check:</c> block of a rule: one typed kind with strict options. Every kind turns into
/// an <see cref="ITableAnalyzer"/> or <see cref="IRunAnalyzer"/>, so YAML checks, C# scripts and
/// plugins all run through the same engine and report the same way.
/// </summary>
public abstract class CheckSpec
{
    /// <summary>The discriminator: text, value, required, compare, ingest, script, plugin.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Names this check fills in message templates besides the standard ones.</summary>
    public virtual IReadOnlyCollection<string> ProvidedValues => [];

    /// <summary>The parameters this check reads; null when any name is allowed (scripts, plugins).</summary>
    public virtual IReadOnlyCollection<string>? KnownParams => [];

    /// <summary>The file of code this check runs (a script, a plugin assembly); null for a check that is data.</summary>
    public virtual string? CodePath(Rules.Rule rule) => null;

    /// <summary>Builds the analyzer for a rule as configured; throws <see cref="Yaml.ConfigurationException"/> on bad options.</summary>
    public abstract object CreateAnalyzer(CheckSetup setup);
}
