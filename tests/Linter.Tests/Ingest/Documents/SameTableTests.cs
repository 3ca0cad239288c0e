using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Documents;

/// <summary>
/// One table, five files: examples/guangdong-goals-2023.tsv, and the .xlsx, .docx, .pdf and .html
/// LibreOffice made of it (the Word, PDF and HTML forms with the form's merged cells). Each
/// normalises to the same model as the tab-separated export: the same projects, the same
/// 一级/二级/三级 indicators and the same values. Only locations differ, each in the terms of its
/// format (sheet!A1, 表N!第R行第C列, 第N页!第L行), so the comparison leaves them out. No other
/// difference remains: Calc's workbook keeps the export's blank cells, Writer's merged cells leave
/// their covered cells blank as the export does, and the PDF's wrapped cells are joined back.
/// </summary>
public class SameTableTests
{
    public static TheoryData<string, SourceFormat, string> Forms => new()
    {
        { "guangdong-goals-2023.xlsx", SourceFormat.Xlsx, "guangdong-goals-2023!" },
        { "guangdong-goals-2023.docx", SourceFormat.Docx, "表" },
        { "guangdong-goals-2023.pdf", SourceFormat.Pdf, "第1页!" },
        { "guangdong-goals-2023.html", SourceFormat.Html, "表" },
        { "rotated.pdf", SourceFormat.Pdf, "第1页!" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_form_of_the_table_normalises_to_the_same_model(string file, SourceFormat format, string place)
    {
        var export = DocumentFixtures.Load(File.ReadAllBytes(Repo.InRepo("examples", "guangdong-goals-2023.tsv")));
        var document = DocumentFixtures.Load(file);

        Assert.Equal(format, document.Format);
        Assert.Equal(export.Layout, document.Layout);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(ModelJson.Of(export), ModelJson.Of(document));
        Assert.StartsWith(place, document.Tables[0].Indicators[0].Name!.At.ToString(), StringComparison.Ordinal);
    }
}
