namespace GoalLint.Model;

/// <summary>
/// The families of table layout GoalLint reads. A family is a form (its labels and column
/// order), independent of the file format it arrives in: a 广东 goal table may come as PDF text,
/// a tab-separated export or a spreadsheet.
/// </summary>
public enum LayoutFamily
{
    /// <summary>Not recognised.</summary>
    Unknown,
    /// <summary>广东「项目绩效目标表」 as PDF-to-text: wrapped cells, interleaved value columns.</summary>
    GuangdongGoalsPdfText,
    /// <summary>广东「项目绩效目标表」 as grid rows (tab-separated, CSV, spreadsheet).</summary>
    GuangdongGoalsGrid,
    /// <summary>深圳「项目支出绩效自评表」 as grid rows.</summary>
    ShenzhenSelfEvaluation,
    /// <summary>河北 部门预算绩效文本: 部门整体绩效目标 plus 项目绩效目标表 with 绩效指标描述/指标值确定依据.</summary>
    HebeiGoals,
    /// <summary>广东「市级财政支出项目绩效自评基础信息表」 (韶关) with 指标计算公式 and 预期值/实现值.</summary>
    GuangdongSelfEvaluation,
    /// <summary>GoalLint's own normalised JSON, read back.</summary>
    NormalisedJson,
    /// <summary>Any other form, read by its header's roles (the vocabulary) rather than by a family reader.</summary>
    Generic,
}

/// <summary>The physical format a document arrived in.</summary>
public enum SourceFormat
{
    Text,
    Markdown,
    Json,
    Csv,
    Xlsx,
    Xls,
    /// <summary>A PDF with a text layer: words placed by their positions on the page.</summary>
    Pdf,
    /// <summary>A Word .docx: its tables and the paragraphs between them.</summary>
    Docx,
    /// <summary>An HTML page: its &lt;table&gt; markup, title and headings.</summary>
    Html,
}
