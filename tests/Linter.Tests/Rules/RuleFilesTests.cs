using GoalLint.Analysis;
using GoalLint.Rules;

namespace GoalLint.Tests.Rules;

/// <summary>
/// Every built-in analyzer is used by a core rule, and every core rule that uses one has its doc page and
/// fixture beside it (one analyzer may serve several rules with different parameters).
/// </summary>
public class RuleFilesTests
{
    public static TheoryData<string> Analyzers() =>
        [.. typeof(DuplicateNameAnalyzer).Assembly.GetTypes()
            .Where(t => t.IsPublic && (typeof(ITableAnalyzer).IsAssignableFrom(t) || typeof(IRunAnalyzer).IsAssignableFrom(t)))
            .Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Analyzer_has_a_rule_with_doc_page_and_fixture(string typeName)
    {
        var folder = Repo.InRepo("rules", "core");
        var rules = Directory.EnumerateFiles(folder, "*.yaml")
            .Where(f => File.ReadLines(f).Any(l => l.Trim() == "analyzer: " + typeName)).ToArray();

        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var id = Path.GetFileNameWithoutExtension(rule);
            Assert.Contains($"| `{id}` |", File.ReadAllText(Path.ChangeExtension(rule, ".md")), StringComparison.Ordinal);
            Assert.NotEmpty(Directory.EnumerateFiles(folder, id + ".fixture.*"));
        }
    }
}
