using GoalLint.Ingest;
using GoalLint.Ingest.Forms;
using GoalLint.Ingest.Forms.Blocks;
using GoalLint.Model;
using GoalLint.Shared;

namespace GoalLint.Tests.Ingest.Forms;

/// <summary>A grid form is data: a spec with a signature and a read section is matched and read by the engine, with no class of its own.</summary>
public sealed class GridFormReaderTests
{
    /// <summary>An invented 批复表 whose goals sit under their labels and whose tables open at their titles.</summary>
    private static FormSpec ApprovalForm(params string[] blocks) => new()
    {
        Id = "example-approval",
        Kinds = ["project-goals"],
        Grid = new GridSignatureSpec
        {
            Requires = [["一级指标"], ["二级指标"], ["三级指标"], ["年度指标值", "指标值"]],
            Signs = [new GridSignSpec { Titles = ["批复表"], Weight = 0.2 }],
        },
        Reader = GridFormReader.Name,
        Titles = ["批复表"],
        Blocks = [.. blocks],
    };

    private const string Table =
        "项目绩效目标批复表\n" +
        "项目名称\t示例项目\t\t\t\n" +
        "年度绩效目标\t完成示例工作。\t\t\t\n" +
        "一级指标\t二级指标\t三级指标\t指标值\t\n" +
        "产出指标\t数量指标\t培训人次\t≥100人次\t\n" +
        "\t质量指标\t合格率\t≥95%\t\n" +
        "效益指标\t社会效益指标\t覆盖人群\t≥1000人\t\n";

    [Fact]
    public void A_form_described_by_data_alone_is_matched_and_read()
    {
        var reader = new GridFormReader(ApprovalForm("goal-labels"));
        var source = Source(Table + "\n" + Table.Replace("示例项目", "另一项目", StringComparison.Ordinal));

        Assert.True(reader.Match(source) >= 0.8);
        var tables = reader.Read(source, new IngestContext("approval.txt"));

        Assert.Equal(["示例项目", "另一项目"], tables.Select(t => t.Header.ProjectName!.Text));
        var table = tables[0];
        Assert.Equal(("example-approval", TableKind.ProjectGoals, "项目绩效目标批复表"), (table.Layout, table.Kind, table.Title!.Text));
        Assert.Equal("完成示例工作。", table.Goals.AnnualGoal!.Text);
        Assert.Equal(
            [("产出指标", "数量指标", "培训人次", "≥100人次"), ("产出指标", "质量指标", "合格率", "≥95%"), ("效益指标", "社会效益指标", "覆盖人群", "≥1000人")],
            table.Indicators.Select(i => (i.Level1!.Text, i.Level2!.Text, i.Name!.Text, i.AnnualValue!.Raw.Text)));
    }

    [Fact]
    public void A_block_the_spec_does_not_name_is_not_read()
    {
        var table = Assert.Single(new GridFormReader(ApprovalForm()).Read(Source(Table), new IngestContext("approval.txt")));

        Assert.Null(table.Goals.AnnualGoal);
        Assert.Equal(3, table.Indicators.Count);
    }

    [Fact]
    public void A_block_name_the_engine_lacks_fails_when_the_readers_are_built() =>
        Assert.Throws<InvalidOperationException>(() => new GridFormReader(ApprovalForm("fund-table")));

    private static SourceText Source(string text) => new("approval.txt", text, "utf-8", SourceFormat.Text);

    [Fact]
    public void Every_grid_block_is_made_and_named_in_the_schema() =>
        Assert.All(FormBlocks.Names, name =>
        {
            Assert.Contains(name, FormSpec.BlockNames);
            Assert.NotNull(FormBlocks.Create(name, new PerformanceTable { Layout = "example-approval", Kind = TableKind.ProjectGoals }, new IngestContext("x")));
        });
}
