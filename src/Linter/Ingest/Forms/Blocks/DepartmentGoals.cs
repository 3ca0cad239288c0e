using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Shared.Messages;
using System.Text.RegularExpressions;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Reads the 部门整体绩效目标 section: 一、总体绩效目标 (one narrative, the annual goal) and
/// 二、分项绩效目标 with sub-goals （一）…（六）, each with 绩效目标：… and 绩效指标：… text that
/// may run over a page break. The section ends at the next top-level part (三、工作保障措施,
/// 第二部分) or at the first project table. An indicator table inside the section is read too.
/// </summary>
internal sealed partial class DepartmentGoals(SourceText source, PerformanceTable table, IngestContext context)
{
    private enum Part { None, Overall, SubGoals }

    private enum Field { None, Goal, Indicators }

    private readonly WrappedField _overall = new();
    private readonly WrappedField _goal = new();
    private readonly WrappedField _indicatorText = new();
    private Part _part;
    private Field _field;
    private TextField? _title;
    private IndicatorDescriptions? _indicators;

    /// <summary>The section before line index <paramref name="end"/>, or null when the document has none.</summary>
    public static PerformanceTable? Read(SourceText source, int end, BudgetCover cover, IngestContext context)
    {
        var start = FindStart(source.Lines, end);
        if (start < 0)
        {
            return null;
        }

        var line = source.Lines[start];
        var at = new SourceLocation(start + 1, DocumentText.HeadingOffset(line) + 1);
        var table = new PerformanceTable
        {
            Kind = TableKind.DepartmentGoals,
            Layout = BudgetTextReader.Form,
            Title = new TextField(DocumentText.StripHeading(line), at),
            At = at,
            EndLine = start + 1,
        };
        table.Header.BudgetYear = cover.Year;
        table.Header.SupervisingDepartment = cover.Department;
        var reader = new DepartmentGoals(source, table, context);
        var i = start + 1;
        while (i < end && reader.ReadLine(i))
        {
            context.CheckTime();
            i++;
        }

        reader.CloseSubGoal();
        reader._indicators?.Close();
        table.Goals.AnnualGoal = reader._overall.ToField();
        return table;
    }

    /// <summary>The heading naming 部门整体绩效目标 that is not a table-of-contents entry.</summary>
    private static int FindStart(IReadOnlyList<string> lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (!DocumentText.StripHeading(lines[i]).Contains("部门整体绩效目标", StringComparison.Ordinal) || DocumentText.IsTocEntry(lines[i]))
            {
                continue;
            }

            var next = Enumerable.Range(i + 1, end - i - 1).FirstOrDefault(j => !DocumentText.IsFiller(lines[j]), -1);
            if (next < 0 || !DocumentText.IsTocEntry(lines[next]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads one line; false at the end of the section.</summary>
    private bool ReadLine(int index)
    {
        var line = source.Lines[index];
        if (DocumentText.IsFiller(line))
        {
            return true;
        }

        var row = source.Rows[index];
        var text = DocumentText.StripHeading(line);
        var at = new SourceLocation(index + 1, DocumentText.HeadingOffset(line) + 1);
        var part = CellText.Squeeze(Ordinal().Replace(text, ""));
        if (row.Cells.Count > 1)
        {
            ReadTableRow(row);
        }
        else if (part is "总体绩效目标" or "分项绩效目标")
        {
            _part = part == "总体绩效目标" ? Part.Overall : Part.SubGoals;
        }
        else if (Ordinal().IsMatch(text) || text.StartsWith("第", StringComparison.Ordinal) && text.Contains("部分", StringComparison.Ordinal))
        {
            return false; // 三、工作保障措施 or the next 第…部分
        }
        else if (SubGoalTitle().IsMatch(text))
        {
            CloseSubGoal();
            _part = Part.SubGoals;
            _title = new TextField(WrapSpaces.Remove(text), at);
        }
        else
        {
            ReadParagraph(text, at, row);
        }

        table.EndLine = index + 1;
        return true;
    }

    private void ReadTableRow(Row row)
    {
        if (_indicators is null && DescribedColumns.FromHeader(row) is { } columns)
        {
            _indicators = new IndicatorDescriptions(columns, table, context);
        }
        else if (_indicators is not null)
        {
            _indicators.Add(row);
        }
        else
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.department-table"), row.At, row.Raw);
        }
    }

    /// <summary>绩效目标：… and 绩效指标：… open a field; any other paragraph continues the open one (a page break split it).</summary>
    private void ReadParagraph(string text, SourceLocation at, Row row)
    {
        var label = FieldLabel().Match(text);
        var body = new TextField(WrapSpaces.Remove(text[label.Length..]), at with { Column = at.Column + label.Length });
        if (_part == Part.Overall)
        {
            _overall.Add(body);
        }
        else if (_title is null)
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.department-paragraph"), row.At, row.Raw);
        }
        else if (label.Success && label.Groups[1].Value == "指标" || !label.Success && _field == Field.Indicators)
        {
            _indicatorText.Add(body);
            _field = Field.Indicators;
        }
        else
        {
            _goal.Add(body);
            _field = Field.Goal;
        }
    }

    private void CloseSubGoal()
    {
        if (_title is not null)
        {
            table.Goals.SubGoals.Add(new SubGoal(_title, _goal.ToField(), _indicatorText.ToField()));
        }

        (_title, _field) = (null, Field.None);
        _goal.Clear();
        _indicatorText.Clear();
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、.．]")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SubGoalTitle();

    [GeneratedRegex(@"^(?:绩效)?(目标|指标)\s*[:：]\s*")]
    private static partial Regex FieldLabel();
}
