using GoalLint.Tests.Check;

namespace GoalLint.Tests.Security;

/// <summary>
/// The guard reaches every body of a script, not only its methods and loops: recursion inside a
/// lambda, a property, a constructor, an indexer or an operator, and endless work inside LINQ's
/// delegates each fail their own rule (out of stack, or stopped at the time limit) while the
/// process and the other rules go on.
/// </summary>
public sealed class ScriptGuardTests
{
    private static readonly string Corpus = Repo.CorpusFile("dongguan-tgao-2023-goals.txt");

    [Theory]
    [InlineData("Func<int, int> down = null!;\ndown = n => down(n + 1) + 1;\ndown(0);", "InsufficientExecutionStack")]
    [InlineData("class Deep { public int Down => new Deep().Down + 1; }\nvar d = new Deep().Down;", "InsufficientExecutionStack")]
    [InlineData("class Deep { public int Level; public Deep(int n) { Level = new Deep(n + 1).Level; } }\nvar d = new Deep(0);", "InsufficientExecutionStack")]
    [InlineData("class Deep { public int this[int i] => this[i + 1] + 1; }\nvar d = new Deep()[0];", "InsufficientExecutionStack")]
    [InlineData("class Deep { public static Deep operator +(Deep a, Deep b) => a + b; }\nvar d = new Deep() + new Deep();", "InsufficientExecutionStack")]
    [InlineData("class Deep { private int _x; public int X { get { return X + _x; } set { _x = value; } } }\nvar d = new Deep().X;", "InsufficientExecutionStack")]
    [InlineData("var n = Enumerable.Range(0, int.MaxValue).Select(i => Enumerable.Range(0, int.MaxValue).Count(j => j >= 0)).Sum();", "time limit")]
    [InlineData("var forever = Enumerable.Repeat(1, int.MaxValue).Where(x => x > 0).Select(x => x).Aggregate((a, b) => a ^ b);\nforever = Enumerable.Repeat(1, int.MaxValue).Aggregate((a, b) => a ^ b);", "time limit")]
    // A user's script runs in a worker, where a pattern has no wall-clock time-out: the call's CPU limit stops it.
    [InlineData("var evil = new Regex(\"^(a+)+$\", RegexOptions.None, TimeSpan.FromHours(1));\nvar hit = evil.IsMatch(new string('a', 40) + \"!\");", "time limit")]
    [InlineData("Func<int, int> spin = null!;\nspin = n => { while (n >= 0) { n = (n + 1) % 7; } return n; };\nspin(0);", "time limit")]
    public void A_runaway_body_fails_its_rule_and_the_run_goes_on(string script, string message)
    {
        using var pack = new TempPack().ScriptRule("runaway", script, scope: "run");
        var rules = pack.Build(new HashSet<string> { "runaway", "vague-value" });

        var result = LintPipeline.Lint([Corpus], rules);

        var failure = Assert.Single(result.RuleFailures);
        Assert.Equal("runaway", failure.RuleId);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == "vague-value");
    }
}
