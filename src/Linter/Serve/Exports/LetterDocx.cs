using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoalLint.Serve.Pages;

namespace GoalLint.Serve.Exports;

/// <summary>The 审核意见 letter as a Word document (OpenXml): title, opening, a table per project, sign-off.</summary>
public static class LetterDocx
{
    public static byte[] Render(Letter letter)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(letter.Title, bold: true, size: 36, centered: true));
            body.Append(Paragraph(letter.Opening));
            var number = 0;
            foreach (var project in letter.Projects)
            {
                body.Append(Paragraph($"{++number}. {project.Project}（{project.File}）", bold: true));
                var table = new Table(new TableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                    new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
                table.Append(Row(true, "序号", "位置", "指标", "问题", "原文", "修改建议"));
                var i = 0;
                foreach (var f in project.Findings)
                {
                    table.Append(Row(false, (++i).ToString(System.Globalization.CultureInfo.InvariantCulture), f.Location, f.Indicator ?? "", $"{Words.Category(f.Category)}：{f.Message}", f.Evidence, f.Suggestion ?? ""));
                }

                body.Append(table);
            }

            body.Append(Paragraph(""));
            body.Append(Paragraph(letter.RoundName, right: true));
            body.Append(Paragraph(letter.Date, right: true));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static TableRow Row(bool header, params string[] cells) =>
        new(cells.Select(c => new TableCell(Paragraph(c, bold: header, size: 21))));

    /// <summary>A paragraph in a Chinese-capable font (SimSun / 宋体 for East Asian text, as official letters use).</summary>
    private static Paragraph Paragraph(string text, bool bold = false, int size = 24, bool centered = false, bool right = false)
    {
        var runProperties = new RunProperties(new RunFonts { EastAsia = "SimSun", Ascii = "SimSun", HighAnsi = "SimSun" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        var paragraph = new Paragraph(new Run(runProperties, new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        if (centered || right)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = centered ? JustificationValues.Center : JustificationValues.Right }));
        }

        return paragraph;
    }
}
