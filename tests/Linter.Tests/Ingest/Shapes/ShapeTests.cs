using System.Text;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;
using GoalLint.Report;

namespace GoalLint.Tests.Ingest.Shapes;

/// <summary>
/// The shape fixtures (tests/shapes: hand-written forms of many provinces, in every cell shape
/// the engine reads) each parse to their golden, and tests/shapes/expected.tsv says how many
/// indicator rows each shows and which project name: at least 95% of them must be read with
/// their 一级/二级 known, the project name found; the rest must be reported as partial.
/// </summary>
public sealed class ShapeTests
{
    private static readonly string Folder = Repo.InRepo("tests", "shapes");

    public static TheoryData<string, int, string> Expected
    {
        get
        {
            var data = new TheoryData<string, int, string>();
            foreach (var line in File.ReadLines(Path.Combine(Folder, "expected.tsv")).Skip(1).Where(l => l.Length > 0))
            {
                var parts = line.Split('\t');
                data.Add(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Shape_parses_to_its_golden(string file, int visibleRows, string project)
    {
        var document = Read(file);

        Golden.AssertMatches(Repo.InRepo("tests", "golden", "shapes", file + ".txt"), Render(document));
        Assert.True(visibleRows > 0 && project.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Shape_is_read_whole_or_said_to_be_partial(string file, int visibleRows, string project)
    {
        var document = Read(file);
        var framed = document.Tables.Sum(t => t.Indicators.Count(i => i.Level1Category != Level1Category.Unknown && i.Level2Category != Level2Category.Unknown && i.Name is not null));
        var partial = document.Tables.Any(t => t.Read is { PartialReasons.Count: > 0 });

        Assert.True(framed >= 0.95 * visibleRows || partial, $"{file}: {framed} of {visibleRows} indicator rows read with their 一级/二级, and no partial read reported");
        if (project != "-")
        {
            Assert.Contains(document.Tables, t => t.Header.ProjectName?.Text == project);
        }
    }

    [Fact]
    public void Stats_give_per_file_figures()
    {
        var documents = Expected.Select(row => Read((string)row[0])).ToArray();

        Golden.AssertMatches(Repo.InRepo("tests", "golden", "shapes", "stats.tsv"), ReadStats.Render(documents));
    }

    private static string Yuan(MoneyField? money) => money is null ? "-" : money.Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 元";

    private static PerformanceDocument Read(string file) =>
        Normaliser.Normalise(DocumentLoader.CreateDefault().Load(Path.Combine(Folder, file), "tests/shapes/" + file));

    /// <summary>What a reviewer checks of a parse: tables, project, the slots the frame declares, the frame and values of every row, what was partial.</summary>
    private static string Render(PerformanceDocument document)
    {
        var sb = new StringBuilder($"layout: {document.Layout}\n");
        foreach (var table in document.Tables)
        {
            sb.Append($"table {table.Index + 1}: {table.Kind}{(table.FormKind is { } form ? $" ({form})" : "")} 「{table.Title?.Text}」 lines {table.At.Line}-{table.EndLine}\n");
            sb.Append($"  project: {table.Header.ProjectName?.Text ?? "-"}; department: {table.Header.SupervisingDepartment?.Text ?? "-"}; unit: {table.Header.SpendingUnit?.Text ?? "-"}; budget: {table.Header.Budget?.Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} 元; cycle: {table.Header.CycleStartYear?.Value}-{table.Header.CycleEndYear?.Value}\n");
            sb.Append($"  year: {table.Header.BudgetYear?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}; fiscal: {Yuan(table.Header.FiscalFunds)}; other: {Yuan(table.Header.OtherFunds)}; kept: {string.Join("; ", table.Header.Other.Select(f => $"{f.Label}={f.Value.Text}"))}\n");
            sb.Append($"  goals: cycle {table.Goals.CycleGoal?.Text ?? "-"} | annual {table.Goals.AnnualGoal?.Text ?? "-"}\n");
            if (table.Tasks is { } tasks)
            {
                foreach (var task in tasks.Lines.Append(tasks.Total))
                {
                    sb.Append(task is null ? "  task total: -\n" : $"  task {task.Name.Text} | {task.Content?.Text ?? "-"} | {Yuan(task.Budget)} = {Yuan(task.FiscalFunds)} + {Yuan(task.OtherFunds)}\n");
                }
            }

            if (table.Read is { } read)
            {
                sb.Append($"  read: header {read.Header}, {read.Rows} rows, {read.CellsUnplaced} cells unplaced, cut off {read.CutOff}; partial: {string.Join("; ", read.PartialReasons)}\n");
            }

            sb.Append($"  slots: {string.Join("; ", table.Slots.Select(s => $"{s.Level1?.Text ?? "-"} › {s.Level2?.Text ?? "-"} {s.IndicatorCount}"))}\n");
            foreach (var i in table.Indicators)
            {
                sb.Append($"  {i.At.Line}:{i.At.Column} {i.Level1?.Text}({i.Level1Category}) › {i.Level2?.Text}({i.Level2Category}) › {i.Name?.Text}");
                foreach (var (label, value) in new[] { ("cycle", i.CycleValue?.Text), ("annual", i.AnnualValue?.Text), ("actual", i.ActualValue?.Text), ("weight", i.Weight?.Raw), ("score", i.Score?.Raw), ("reason", i.DeviationReason?.Text), ("description", i.Description?.Text) })
                {
                    if (value is not null)
                    {
                        sb.Append($" | {label} {value}");
                    }
                }

                sb.Append('\n');
            }

            if (table.TotalWeight is not null || table.TotalScore is not null)
            {
                sb.Append($"  totals: weight {table.TotalWeight?.Raw} score {table.TotalScore?.Raw}\n");
            }
        }

        foreach (var d in document.Diagnostics)
        {
            sb.Append($"diagnostic {d.Code} @{d.At}\n");
        }

        return sb.ToString();
    }
}
