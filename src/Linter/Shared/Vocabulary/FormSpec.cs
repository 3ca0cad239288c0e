using GoalLint.Shared.Messages;

namespace GoalLint.Shared;

/// <summary><c>rules/vocabulary/forms.yaml</c> as written.</summary>
public sealed class FormsFile
{
    public List<FormSpec> Forms { get; set; } = [];
}

/// <summary>One form of <c>rules/vocabulary/forms.yaml</c>: its id, its name for reviewers, the table kinds it yields and what identifies it.</summary>
public sealed class FormSpec
{
    /// <summary>
    /// Every block a reader can switch on: the grid reader's funds, goal-columns and goal-labels;
    /// budget-text's cover, department-goals and spending-plan; sectioned-tables' year-funds.
    /// </summary>
    public static IReadOnlyList<string> BlockNames { get; } = ["cover", "department-goals", "funds", "goal-columns", "goal-labels", "spending-plan", "year-funds"];

    public string Id { get; set; } = "";

    public FormName Name { get; set; } = new();

    /// <summary>Table kinds (kebab-case: project-goals, self-evaluation …) its tables may have.</summary>
    public List<string> Kinds { get; set; } = [];

    /// <summary>Labels of its grid rows that identify it; null when it is told apart another way.</summary>
    public GridSignatureSpec? Grid { get; set; }

    /// <summary>Words anywhere in the text that identify it; null when it is told apart another way.</summary>
    public MarkerSpec? Markers { get; set; }

    /// <summary>
    /// The reader, named by the shape it reads, that reads this form: grid (rows of cells, by the
    /// engine), pdf-text, budget-text; null for the marker and header readers.
    /// </summary>
    public string? Reader { get; set; }

    /// <summary>Words of the one-cell title row that opens each of its tables (the grid reader).</summary>
    public List<string> Titles { get; set; } = [];

    /// <summary>The block readers its reader switches on for this form (<see cref="BlockNames"/>).</summary>
    public List<string> Blocks { get; set; } = [];

    /// <summary>(budget-text) The words after the year on the cover line that gives every table its budget year (2023年部门预算绩效文本).</summary>
    public string? Cover { get; set; }

    /// <summary>(budget-text) Words a 指标值确定依据 is made of (年度工作计划, 行业规范 …): a value column holding them was shifted there.</summary>
    public List<string> BasisWords { get; set; } = [];

    /// <summary>(sectioned-tables) Labels of merged cells that only name the block beside them (基本情况); they hold no value.</summary>
    public List<string> Sections { get; set; } = [];

    /// <summary>(sectioned-tables, block year-funds) The labels of a funds block written one row per 年度.</summary>
    public YearFundsSpec YearFunds { get; set; } = new();
}

/// <summary>The labels of a funds block with one row per year and one column per source of funds.</summary>
public sealed class YearFundsSpec
{
    /// <summary>Labels that open the block (资金概况, 资金安排情况 …).</summary>
    public List<string> Opens { get; set; } = [];

    /// <summary>Labels that open its spending part (资金使用情况 …): the rows below are spent amounts.</summary>
    public List<string> Spending { get; set; } = [];

    /// <summary>Other labels of the block's own header rows (分年度明细 …); they are no source of funds.</summary>
    public List<string> Labels { get; set; } = [];

    /// <summary>The label of the column holding each row's year.</summary>
    public string Year { get; set; } = "";
}

/// <summary>A form's name in the report languages.</summary>
public sealed class FormName
{
    public string Zh { get; set; } = "";

    public string En { get; set; } = "";

    public string In(Language language) => language == Language.En ? En : Zh;
}

/// <summary>Grid labels that identify a form (see forms.yaml for how they score).</summary>
public sealed class GridSignatureSpec
{
    /// <summary>Each group must show one of its labels as a cell.</summary>
    public List<List<string>> Requires { get; set; } = [];

    public LabelsSeenSpec Foreign { get; set; } = new();

    public List<GridSignSpec> Signs { get; set; } = [];
}

/// <summary>Labels looked for as cells (exactly, squeezed) and in one-cell rows (contained).</summary>
public class LabelsSeenSpec
{
    public List<string> Cells { get; set; } = [];

    public List<string> Titles { get; set; } = [];
}

/// <summary>Labels whose sight adds <see cref="Weight"/> to a form's match.</summary>
public sealed class GridSignSpec : LabelsSeenSpec
{
    public double Weight { get; set; }
}

/// <summary>Words anywhere in the text: once <see cref="AtLeast"/> are seen, the score is <see cref="Base"/> plus their weights.</summary>
public sealed class MarkerSpec
{
    public double Base { get; set; }

    public int AtLeast { get; set; } = 1;

    public List<MarkerWord> Words { get; set; } = [];
}

public sealed class MarkerWord
{
    public string Text { get; set; } = "";

    public double Weight { get; set; }
}
