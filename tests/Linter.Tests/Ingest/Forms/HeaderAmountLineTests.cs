using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Forms;

/// <summary>
/// A text form's header line of amounts, in the shapes exports write it, read into the budget and its parts in 元:
/// the unit a group word or the first label states scales the amounts after it, and a part whose amount cannot be
/// read is kept as unread (so no sum is judged without it), never dropped.
/// </summary>
public sealed class HeaderAmountLineTests
{
    [Theory]
    [InlineData("资金情况（万元）：年度资金总额 2450.00 其中：中央补助 1200.00 省级补助 650.00 市级配套 600.00", "2450万 = 财政 1200万 + 省级补助 650万 + 市级配套 600万")]
    [InlineData("项目资金：年度资金总额2450万元，其中：中央补助1200万元，省级补助650万元，市级配套600万元。", "2450万 = 财政 1200万 + 省级补助 650万 + 市级配套 600万")]
    [InlineData("资金总额：2450万元（其中中央补助1200万元、省级补助650万元、市级配套600万元）", "2450万 = 财政 1200万 + 省级补助 650万 + 市级配套 600万")]
    [InlineData("预算金额（万元） ：330.00 其中：区级财政资金 300.00 上级补助资金 30.00", "330万 = 区级财政资金 300万 + 上级补助资金 30万")]
    [InlineData("实施期限 2025年1月-2025年12月 年度预算 412万元 其中财政资金 412万元", "412万 = 财政 412万")]
    [InlineData("项目资金：年度资金总额2450万元，其中：中央补助1200万元，市级配套：另行下达。", "2450万 = 财政 1200万 + 未读 市级配套")]
    public void An_amount_line_is_read_into_the_budget_and_its_parts(string line, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("table.txt",
            "2025年度项目绩效目标申报表\n\n项目名称 示例供热管网运维 主管部门 示例市住房和城乡建设局\n" + line + "\n\n" +
            "一级指标    二级指标          三级指标                      指标值\n" +
            "产出指标    数量指标          运维管网长度                  ≥40公里\n" +
            "            质量指标          设施完好率                    ≥95%\n" +
            "效益指标    社会效益指标      室内温度达标率                ≥90%\n" +
            "满意度指标  服务对象满意度    用户满意度                    ≥90%\n");

        var header = Assert.Single(Assert.Single(DocumentLoader.CreateDefault().LoadAll(path)).Tables).Header;

        Assert.Equal("示例供热管网运维", header.ProjectName?.Text);
        Assert.Equal(expected, Describe(header));
    }

    private static string Describe(TableHeader header)
    {
        var parts = new List<string>();
        if (header.FiscalFunds is { } fiscal)
        {
            parts.Add("财政 " + Wan(fiscal));
        }

        parts.AddRange(header.FundSources?.Select(s => $"{s.Name} {Wan(s.Amount)}") ?? []);
        parts.AddRange(header.UnreadAmounts?.Select(u => $"未读 {u.Label}") ?? []);
        return $"{(header.Budget is { } budget ? Wan(budget) : "无")} = {string.Join(" + ", parts)}";
    }

    private static string Wan(MoneyField money) => $"{money.Yuan / 10000m:0.##}万";
}
