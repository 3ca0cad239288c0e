using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;
using GoalLint.Model;
using GoalLint.Shared;

namespace GoalLint.Tests.Shared;

/// <summary>The one vocabulary: how labels are keyed, what they name, and how a city pack extends it.</summary>
public sealed class VocabularyTests
{
    [Theory]
    [InlineData("一级 指标", "一级指标")]
    [InlineData("项目（支出）名称：", "项目名称")]
    [InlineData("产出指标(50分)", "产出指标")]
    [InlineData("★成本指标（必填）", "成本指标")]
    [InlineData("其中：财政资金", "财政资金")]
    [InlineData("2024年度预算数", "预算数")]
    [InlineData("## 年度指标值", "年度指标值")]
    [InlineData("ＡＢ１２", "AB12")]
    [InlineData("- 项目名称", "项目名称")]
    [InlineData("· 主管部门：", "主管部门")]
    [InlineData("1. 实施单位", "实施单位")]
    [InlineData("２、年度目标", "年度目标")]
    [InlineData("3)预算金额", "预算金额")]
    [InlineData("-5%", "-5%")]
    [InlineData("1.5万元", "1.5万元")]
    [InlineData("-", "-")]
    public void Label_keys_ignore_width_spaces_marks_and_tags(string label, string key) =>
        Assert.Equal(key, LabelKey.Of(label));

    [Theory]
    [InlineData("三级指标", ColumnRole.Name)]
    [InlineData("指标内容", ColumnRole.Name)]
    [InlineData("实施期指标值", ColumnRole.CycleValue)]
    [InlineData("全年实际值", ColumnRole.ActualValue)]
    [InlineData("计算符号", ColumnRole.Comparator)]
    [InlineData("度量单位", ColumnRole.Unit)]
    [InlineData("未完成原因", ColumnRole.Deviation)]
    public void Indicator_columns_are_named_by_any_spelling(string label, ColumnRole role) =>
        Assert.Equal(role, Vocabulary.Current.ColumnOf(label));

    [Theory]
    [InlineData("效果指标", Level1Category.Effect)]
    [InlineData("成本指标（必填）", Level1Category.Cost)]
    [InlineData("满意度指标（10分）", Level1Category.Satisfaction)]
    public void Level1_labels_map_to_their_category(string label, Level1Category category)
    {
        Assert.Equal(category, Vocabulary.Current.Level1(label));
        Assert.True(Vocabulary.Current.IsLevel1Label(label));
    }

    [Theory]
    [InlineData("生态环境成本指标", Level2Category.Cost, Level1Category.Output)]
    [InlineData("社会成本指标", Level2Category.Cost, Level1Category.Output)]
    [InlineData("可持续发展指标", Level2Category.Sustainable, Level1Category.Effect)]
    public void Level2_labels_map_to_their_category_and_parent(string label, Level2Category category, Level1Category parent)
    {
        Assert.Equal(category, Vocabulary.Current.Level2(label));
        Assert.Equal(parent, Vocabulary.Current.ParentOf(category));
    }

    [Theory]
    [InlineData("预算金额（千元）", "千元")]
    [InlineData("单位：万元", "万元")]
    [InlineData("项目资金 ( 万 )", "万元")]
    public void Money_units_are_read_from_labels(string label, string unit) =>
        Assert.Equal(unit, Vocabulary.Current.MoneyUnitIn(label));

    [Theory]
    [InlineData("2025年度项目支出绩效目标申报表", "application-goals", TableKind.ProjectGoals)]
    [InlineData("项目支出绩效目标审批表", "reviewed-goals", TableKind.ProjectGoals)]
    [InlineData("2024 年部门预算项目绩效目标批复表", "approved-goals", TableKind.ProjectGoals)]
    [InlineData("中央对地方转移支付区域绩效目标表", "transfer-payment-goals", TableKind.ProjectGoals)]
    [InlineData("专项资金绩效目标表", "transfer-payment-goals", TableKind.ProjectGoals)]
    [InlineData("部门整体支出绩效目标表", "department-goals", TableKind.DepartmentGoals)]
    [InlineData("2024年度部门整体支出绩效自评表", "department-self-evaluation", TableKind.SelfEvaluation)]
    [InlineData("项目支出绩效自评表", "self-evaluation", TableKind.SelfEvaluation)]
    [InlineData("项目绩效评价指标表", "evaluation-indicators", TableKind.SelfEvaluation)]
    [InlineData("项目绩效目标表", "project-goals", TableKind.ProjectGoals)]
    public void Title_words_name_the_kind_of_form(string title, string id, TableKind kind)
    {
        var form = Vocabulary.Current.TitleKind(title)!;
        Assert.Equal((id, kind), (form.Id, form.Kind));
        Assert.False(string.IsNullOrEmpty(form.Name));
    }

    [Fact]
    public void Thousands_of_yuan_convert_like_the_other_units()
    {
        Assert.Equal(1_500_000m, Money.InYuan(1_500m, "千元"));
        Assert.Null(Money.InYuan(decimal.MaxValue, "亿元"));
    }

    [Fact]
    public void A_pack_adds_spellings_for_its_city()
    {
        using var folder = new TempFolder();
        folder.Write("city/pack.yaml", "id: city\nvocabulary:\n  add:\n    indicator-columns: { annual-value: [本年度目标值] }\n    header-fields: { project-name: [项目（政策）名称] }\n");

        var rules = RuleSetBuilder.Build(new RuleSetOptions { ExtraPacks = [folder.PathOf("city")] });

        Assert.Equal(ColumnRole.AnnualValue, rules.Vocabulary.ColumnOf("本年度目标值"));
        Assert.Equal(HeaderField.ProjectName, rules.Vocabulary.HeaderFieldOf("项目(政策)名称"));
        Assert.Null(Vocabulary.Shipped.ColumnOf("本年度目标值"));
    }

    [Fact]
    public void A_pack_that_names_an_unknown_role_is_a_configuration_error()
    {
        using var folder = new TempFolder();
        folder.Write("city/pack.yaml", "id: city\nvocabulary:\n  add:\n    indicator-columns: { annual-target: [本年度目标值] }\n");

        var error = Assert.Throws<ConfigurationException>(() => RuleSetBuilder.Build(new RuleSetOptions { ExtraPacks = [folder.PathOf("city")] }));

        Assert.Contains("annual-target", error.Message);
    }
}
