using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Model;

namespace GoalLint.Tests.Check;

/// <summary>
/// Findings come out in one order whatever order the threads gave them, even two of one rule on
/// one cell (a year-on-year rule citing two earlier tables): the sort is not stable, so every
/// finding must compare unequal to any other that differs.
/// </summary>
public sealed class FindingOrderTests
{
    public static TheoryData<string, string, string, string> Pairs => new()
    {
        { "比 2021 年度的「≥95%」要求更低。", "fp-1", "比 2021 年度的「≥90%」要求更低。", "fp-2" },
        { "同一条消息", "fp-1", "同一条消息", "fp-2" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_findings_on_one_cell_sort_the_same_from_either_order(string firstMessage, string firstPrint, string secondMessage, string secondPrint)
    {
        var first = At(firstMessage, firstPrint);
        var second = At(secondMessage, secondPrint);
        Finding[] given = [first, second];
        Finding[] reversed = [second, first];

        Array.Sort(given, FindingOrder.Compare);
        Array.Sort(reversed, FindingOrder.Compare);

        Assert.Equal(given, reversed);
        Assert.NotEqual(0, FindingOrder.Compare(first, second));
    }

    [Fact]
    public void Two_findings_that_differ_only_in_what_they_cite_sort_the_same_from_either_order()
    {
        var first = At("同一条消息", "fp-1") with { Related = [new RelatedLocation("b.txt", new SourceLocation(885, 24), "上一年度")] };
        var second = first with { Related = [new RelatedLocation("b.txt", new SourceLocation(1309, 24), "上一年度")] };

        Assert.True(FindingOrder.Compare(first, second) < 0);
        Assert.True(FindingOrder.Compare(second, first) > 0);
    }

    private static Finding At(string message, string fingerprint) => new()
    {
        RuleId = "target-lowered-year-on-year",
        Category = "consistency",
        Severity = Severity.Warning,
        Message = message,
        Evidence = "≥85%",
        File = "a.txt",
        At = new SourceLocation(12, 3),
        Provenance = new RuleProvenance("core", "rules/core/x.yaml", []),
        Fingerprint = fingerprint,
    };
}
