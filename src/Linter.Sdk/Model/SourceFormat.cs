namespace GoalLint.Model;

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
