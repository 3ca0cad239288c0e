using GoalLint.Check.Fixtures;
using GoalLint.Check.Packs;
using GoalLint.Check.Rules;

namespace GoalLint.Tests.Check;

/// <summary>
/// Invariants over every shipped rule (Meziantou-style reflection tests): a unique id equal to
/// the file name, a category from the fixed list, a Chinese doc page (generated header, why, a bad
/// and a good example, parameters), and
/// fixtures that pass — each rule alone, bad lines fire, good lines stay silent.
/// </summary>
public class RulePackTests
{
    public static TheoryData<string> Profiles => new(RuleSetBuilder.ShippedProfiles());

    public static TheoryData<string> RuleIds => new(AllRules().Select(r => r.Rule.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_doc_page_with_a_bad_and_a_good_example(string id)
    {
        var rule = AllRules().Single(r => r.Rule.Id == id).Rule;

        Assert.True(File.Exists(rule.DocPath), $"missing doc page {rule.DocPath}");
        var doc = File.ReadAllText(rule.DocPath);
        Assert.StartsWith(GoalLint.Report.RuleDocs.RuleDocHeader.Begin, doc, StringComparison.Ordinal);
        Assert.Contains($"| `{id}` |", doc, StringComparison.Ordinal);
        foreach (var section in new[] { "## 为什么", "## 不合格示例", "## 合格示例", "## 参数" })
        {
            Assert.Contains("\n" + section + "\n", doc, StringComparison.Ordinal);
        }

        Assert.Contains(rule.Category.Name, Category.All);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_fixtures_pass(string id)
    {
        var rules = AllRuleSet();
        var alone = new RuleSet([rules.Rules.Single(r => r.Rule.Id == id)], rules.Code);

        var result = Assert.Single(FixtureRunner.Run(alone));

        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Problems));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_shipped_profile_loads(string profile)
    {
        var rules = RuleSetBuilder.Build(new RuleSetOptions { Profile = profile });

        Assert.NotEmpty(rules.Rules);
        Assert.Contains(rules.Layers, l => l.Contains(profile, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_category_has_a_rule() =>
        Assert.Empty(Category.All.Except(AllRules().Select(r => r.Rule.Category.Name)));

    /// <summary>The core pack plus every pack a shipped profile adds, ids unique across all.</summary>
    private static IReadOnlyList<ConfiguredRule> AllRules() => AllRuleSet().Rules;

    private static RuleSet AllRuleSet() => LazyAll.Value;

    private static readonly Lazy<RuleSet> LazyAll = new(() =>
    {
        var sets = RuleSetBuilder.ShippedProfiles().Select(p => RuleSetBuilder.Build(new RuleSetOptions { Profile = p })).ToArray();
        // Each rule as its pack defines it: taken from a profile that leaves it unchanged.
        var byId = sets.SelectMany(s => s.Rules).Where(r => r.Analyzer is not null)
            .GroupBy(r => r.Rule.Id).Select(g => g.OrderBy(r => r.ChangedBy.Count).First())
            .OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToArray();
        return new RuleSet(byId, sets[0].Code);
    });
}
