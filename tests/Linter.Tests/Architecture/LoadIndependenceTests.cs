namespace GoalLint.Tests.Architecture;

/// <summary>
/// What a file reads as, and which findings a rule gives, must not depend on the machine's load
/// (issue 12). A regex with a wall-clock match time-out breaks that: a garbage-collection pause or a
/// busy machine times it out (a 100,000-table run once died with exit 70 on one). The product's own
/// patterns are linear instead (<c>RegexOptions.NonBacktracking</c>), and a rule's pattern is
/// bounded by CPU time (<c>RulePattern</c>).
/// </summary>
public sealed class LoadIndependenceTests
{
    [Fact]
    public void No_product_regex_has_a_wall_clock_time_out()
    {
        var timed = (
            from file in Directory.EnumerateFiles(Repo.InRepo("src"), "*.cs", SearchOption.AllDirectories)
            from line in File.ReadLines(file).Select((text, i) => (Text: text, Number: i + 1))
            where line.Text.Contains("matchTimeoutMilliseconds", StringComparison.Ordinal)
            select $"{Path.GetRelativePath(Repo.Root, file)}({line.Number})").ToArray();

        Assert.True(timed.Length == 0, $"regexes with a wall-clock time-out:\n{string.Join('\n', timed)}");
    }
}
