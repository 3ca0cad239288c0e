using GoalLint.Model;
using GoalLint.Rules;
using static GoalLint.Tests.Rules.AnalyzerHarness;

namespace GoalLint.Tests.Rules;

public class RepeatedSentenceAnalyzerTests
{
    [Fact]
    public void A_sentence_written_twice_in_one_goal_is_reported_once_at_the_goal()
    {
        var table = Table(TableKind.ProjectGoals);
        table.Goals.AnnualGoalLabel = Text("2024年度目标", 8);
        table.Goals.AnnualGoal = Text("完成全市档案数字化扫描工作。完成全市档案数字化扫描工作；按期完成。\n完成全市档案数字化扫描工作", 9, 2);

        var issue = Assert.Single(Run(new RepeatedSentenceAnalyzer(), table));

        Assert.Equal("完成全市档案数字化扫描工作", issue.Evidence);
        Assert.Equal(At(9, 2), issue.At);
        Assert.Equal(("3", "2024年度目标"), (issue.Values!["count"], issue.Values["goal"]));
    }

    [Fact]
    public void Short_sentences_and_repeats_across_goals_are_silent()
    {
        var table = Table(TableKind.ProjectGoals);
        table.Goals.CycleGoal = Text("完成全市档案数字化扫描工作。按期完成。", 6);
        table.Goals.AnnualGoal = Text("完成全市档案数字化扫描工作。按期完成。按期完成。", 9);
        table.Goals.SubGoals.Add(new SubGoal(Text("（一）档案管理", 12), null, null));

        Assert.Empty(Run(new RepeatedSentenceAnalyzer(), table));
        Assert.Single(Run(new RepeatedSentenceAnalyzer(), table, ("min-length", 4)));
    }
}
