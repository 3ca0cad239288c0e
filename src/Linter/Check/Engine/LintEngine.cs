using GoalLint.Check.Packs;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>
/// The check stage over documents already read: each document through <see cref="LintRun"/> (in
/// parallel), the documents kept whole for callers that read the model afterwards. A rule that
/// fails on one table fails there only (<see cref="RuleRunner"/>).
/// </summary>
public static class LintEngine
{
    /// <summary>A run-scoped call gets the per-call limit once for every this many tables in its scope (at least once).</summary>
    public const int TablesPerRunLimit = 1_000;

    public static LintResult Run(IReadOnlyList<PerformanceDocument> documents, RuleSet rules)
    {
        using var run = new LintRun(rules, keepModels: true);
        Parallel.For(0, documents.Count, LintPipeline.OnEveryCore, i => run.Check(i, [documents[i]]));
        using var result = run.Finish();
        return result.InMemory();
    }
}
