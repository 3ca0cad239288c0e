using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GoalLint.Serve.Data;
using GoalLint.Serve.Pages;

namespace GoalLint.Serve.Exports;

/// <summary>The bureau's tracking workbook (.xlsx via OpenXml): one row per finding with its decision; a frozen, filterable header.</summary>
public static class FindingsWorkbook
{
    private static readonly string[] Headers =
        ["主管部门", "单位", "项目", "文件", "位置", "指标", "规则", "类别", "严重程度", "问题", "原文", "修改建议", "处理", "理由", "豁免到期", "处理人", "处理时间", "批准人", "指纹"];

    public static byte[] Render(IReadOnlyList<FindingRow> findings)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, Headers));
            uint r = 1;
            foreach (var f in findings)
            {
                var d = f.Decision;
                data.Append(Row(++r,
                [
                    f.Department, f.Unit, f.Project, f.File, f.Location, f.Indicator ?? "", $"{f.RuleTitle}（{f.RuleId}）", Words.Category(f.Category), Words.Severity(f.Severity),
                    f.Message, f.Evidence, f.Suggestion ?? "", Words.Decision(f.State), d?.Justification ?? "", d?.Expires ?? "", d?.DecidedBy ?? "", Clock.Display(d?.DecidedAt), d?.ApprovedBy ?? "", f.Fingerprint,
                ]));
            }

            var lastColumn = Column(Headers.Length);
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                data,
                new AutoFilter { Reference = $"A1:{lastColumn}{r}" });
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "审核发现" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A row of inline strings: text stays text (a 项目编码 of digits keeps its leading zeros; nothing is ever a formula).</summary>
    private static Row Row(uint index, IReadOnlyList<string> values) => new(values.Select((v, i) => new Cell
    {
        CellReference = $"{Column(i + 1)}{index}",
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlText.Clean(v)) { Space = SpaceProcessingModeValues.Preserve }),
    }))
    { RowIndex = index };

    private static string Column(int n)
    {
        var name = "";
        for (; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
