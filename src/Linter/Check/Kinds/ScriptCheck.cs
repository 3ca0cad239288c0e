using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Check.Scripts;

namespace GoalLint.Check.Kinds;

/// <summary>
/// A C# script check (<c>.csx</c>, Roslyn scripting). The script sees <see cref="AnalysisContext"/>
/// as its globals: <c>Table</c>, <c>Run</c>, <c>Params</c>, <c>Report(...)</c>. By default the
/// script sits beside the rule file with the same name. The shipped packs' scripts run in the
/// linter's process; any other script (a pack the user trusted) runs in a script worker process,
/// which is killed when the script overruns its limit where the in-process guard cannot reach
/// (see docs/robustness.md).
/// </summary>
public sealed class ScriptCheck : CheckSpec
{
    /// <summary>The script, relative to the rule file; default: the rule's name with .csx.</summary>
    public string? File { get; set; }

    public ScriptScope Scope { get; set; }

    public override IReadOnlyCollection<string>? KnownParams => null;

    public override string CodePath(Rules.Rule rule) =>
        File is null ? Path.ChangeExtension(rule.FullPath, ".csx") : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(rule.FullPath)!, File));

    public override object CreateAnalyzer(CheckSetup setup)
    {
        var path = CodePath(setup.Rule);
        if (!System.IO.File.Exists(path))
        {
            throw RuleErrors.Option(setup.Rule, "file", $"script {path} not found");
        }

        var display = Path.Combine(Path.GetDirectoryName(setup.Rule.DefinedIn) ?? "", Path.GetFileName(path));
        var script = setup.Code.Scripts.Load(path, display);
        if (RulesHome.IsShipped(path))
        {
            return Scope == ScriptScope.Run ? new RunAnalyzer(script.Run) : new TableAnalyzer(script.Run);
        }

        return Scope == ScriptScope.Run ? new IsolatedRunAnalyzer(script) : new IsolatedTableAnalyzer(script);
    }

    private class TableAnalyzer(Action<AnalysisContext> run) : ITableAnalyzer
    {
        public void Analyze(AnalysisContext context) => run(context);
    }

    private class RunAnalyzer(Action<AnalysisContext> run) : IRunAnalyzer
    {
        public void Analyze(AnalysisContext context) => run(context);
    }

    private sealed class IsolatedTableAnalyzer(CompiledScript script) : TableAnalyzer(context => ScriptWorkerPool.Run(script, context)), IRunsElsewhere;

    private sealed class IsolatedRunAnalyzer(CompiledScript script) : RunAnalyzer(context => ScriptWorkerPool.Run(script, context)), IRunsElsewhere;
}
