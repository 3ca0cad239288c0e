using GoalLint.Tests.Ingest.Formats;

namespace GoalLint.Tests.Check;

/// <summary>
/// The spreadsheet fixtures of rules that only workbooks can trigger (formula-mismatch,
/// hidden-content) are built here from a recipe, so the committed .xlsx is reproducible:
/// GOALLINT_UPDATE_GOLDEN=1 rewrites it; otherwise the committed workbook must read as the recipe does.
/// </summary>
public class SpreadsheetRuleFixtures
{
    private const string Table = "项目名称\t示例档案数字化经费\t\t\t\t\n项目类型\t其他运转类\t\t\t\t\n主管部门\t示例市档案局\t\t\t\t\n用款单位\t示例市档案局\t\t\t\t\n"
        + "实施周期\t起始年度\t2024\t到期年度\t2024\t\n2024年预算金额（元）\t200000\t\t\t\t\n总体绩效目标\t实施周期总目标\t\t\t\t\n\t完成馆藏档案数字化不少于2万卷。\t\t\t\t\n"
        + "\t2024年度目标\t\t\t\t\n\t完成馆藏档案数字化不少于2万卷。\t\t\t\t\n绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值\n"
        + "\t产出指标\t数量指标\t档案数字化卷数\t≥20000卷\t≥20000卷\n\t\t质量指标\t数字化合格率\t≥98%\t≥98%\n\t\t时效指标\t完成时间\t2024年12月31日前\t2024年12月31日前\n"
        + "\t\t成本指标\t档案整理单价\t≤10元/卷\t≤10元/卷\n\t效益指标\t社会效益指标\t档案在线查阅率\t≥90%\t≥90%\n\t满意度指标\t服务对象满意度指标\t查档群众满意度\t≥90%\t≥90%\n"
        + "\t\t\t\t\t\n预算明细\t人员经费\t120000\t\t\t\n\t公用经费\t80000\t\t\t";

    public static TheoryData<string> Rules => new() { "formula-mismatch", "hidden-content" };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Committed_fixture_reads_as_its_recipe(string rule)
    {
        var path = Repo.InRepo("rules", "core", rule + ".fixture.xlsx");
        var recipe = XlsxWriter.Write(Recipe(rule));
        if (Repo.UpdateGolden)
        {
            File.WriteAllBytes(path, recipe);
        }

        var (expected, _) = Fixtures.Decode(recipe);
        var (committed, _) = Fixtures.Decode(File.ReadAllBytes(path));
        Assert.Equal(expected!.Text, committed!.Text);
        Assert.True(File.Exists(path + ".expect"), $"{rule}: the sidecar annotations {path}.expect are missing");
    }

    /// <summary>
    /// formula-mismatch: C22 sums to 210000 though its cells add up to 200000 (bad); C23 agrees (good).
    /// hidden-content: the 效益指标 row is hidden (bad) on the first sheet; the second sheet hides nothing (good).
    /// </summary>
    private static FixtureSheet[] Recipe(string rule)
    {
        var sheet = FixtureSheet.FromTsv("目标表", Table).Typed();
        if (rule == "formula-mismatch")
        {
            sheet.Set(21, 1, new FixtureCell("合计")).Set(21, 2, new FixtureCell(210000, Formula: "SUM(C19:C20)"))
                .Set(22, 1, new FixtureCell("复核")).Set(22, 2, new FixtureCell(200000, Formula: "C19+C20"));
            return [sheet];
        }

        sheet.HiddenRows.Add(15);
        return [sheet, FixtureSheet.FromTsv("备注", "说明\t本表无隐藏内容")];
    }
}
