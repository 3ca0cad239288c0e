using System.Text.Json;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Report.Templates;
using GoalLint.Serve.Data;
using GoalLint.Serve.Pages;
using Microsoft.Data.Sqlite;

namespace GoalLint.Serve.Checking;

/// <summary>
/// Runs one upload through the lint pipeline (ingest → normalise → check) with the round's
/// profile and the trust rules of <c>lint</c>, then stores documents, tables and findings. A
/// file already in the round under the same path (or, failing that, the same file name) is a
/// corrected submission: it replaces the old one, which is kept for the re-review, and is checked
/// under the old path so its findings keep their fingerprints, and their decisions.
/// </summary>
public sealed class RoundChecker(Database database, ServeOptions options)
{
    /// <summary>Files read between two progress updates.</summary>
    private const int Batch = 16;

    public void Check(long uploadId)
    {
        using var connection = database.Open();
        var (roundId, profile) = connection.Query(
            "SELECT u.round_id, r.profile FROM uploads u JOIN rounds r ON r.id = u.round_id WHERE u.id = $id",
            r => (r.Long(0), r.Text(1)), new { id = uploadId }).Single();
        var folder = options.UploadFolder(uploadId);
        try
        {
            var all = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
            var files = InputFiles.Expand([folder]).Files;
            var display = DisplayPaths(connection, roundId, folder, files);
            Status(connection, uploadId, "reading", files.Count, 0);
            var documents = new List<PerformanceDocument>(files.Count);
            for (var i = 0; i < files.Count; i += Batch)
            {
                var batch = files.Skip(i).Take(Batch).ToArray();
                documents.AddRange(LintPipeline.Read(batch, f => display[f]));
                Status(connection, uploadId, "reading", files.Count, i + batch.Length);
            }

            Status(connection, uploadId, "checking", files.Count, files.Count);
            var rules = RuleSetBuilder.Build(new RuleSetOptions { Profile = profile, InputRoots = [options.UploadsRoot] });
            var result = LintEngine.Run(documents, rules);
            Store(connection, roundId, uploadId, result);
            var notes = new List<string>();
            if (all > files.Count)
            {
                notes.Add($"已忽略 {all - files.Count} 个不是报表的文件（规则包、脚本、程序或隐藏文件），它们不会被执行。");
            }

            notes.AddRange(result.RuleFailures.Select(f => $"规则 {f.RuleId} 运行失败：{f.Message}"));
            connection.Execute(
                "UPDATE uploads SET status = 'done', tables = $tables, findings = $findings, message = $message, finished_at = $at WHERE id = $id",
                new { tables = result.TableCount, findings = result.Findings.Count, message = notes.Count == 0 ? null : string.Join("\n", notes), at = Clock.Now(), id = uploadId });
        }
        catch (ConfigurationException ex)
        {
            Fail(connection, uploadId, "规则配置有误：" + string.Join("；", ex.Errors));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or SqliteException)
        {
            Fail(connection, uploadId, "检查中断：" + ex.Message);
        }
    }

    private static void Fail(SqliteConnection connection, long uploadId, string message) =>
        connection.Execute("UPDATE uploads SET status = 'failed', message = $message, finished_at = $at WHERE id = $id", new { message, at = Clock.Now(), id = uploadId });

    private static void Status(SqliteConnection connection, long uploadId, string status, int total, int done) =>
        connection.Execute("UPDATE uploads SET status = $status, files_total = $total, files_done = $done WHERE id = $id", new { status, total, done, id = uploadId });

    /// <summary>Each file's path in the round: its path in the upload, or the path of the one current file it corrects.</summary>
    private static Dictionary<string, string> DisplayPaths(SqliteConnection connection, long roundId, string folder, IReadOnlyList<string> files)
    {
        var current = connection.Query("SELECT path FROM documents WHERE round_id = $round AND current = 1", r => r.GetString(0), new { round = roundId });
        var known = current.ToHashSet(StringComparer.Ordinal);
        var byName = current.GroupBy(p => p.Split('/')[^1], StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        return files.ToDictionary(f => f, f =>
        {
            var relative = Path.GetRelativePath(folder, f).Replace('\\', '/');
            return known.Contains(relative) ? relative : byName.GetValueOrDefault(relative.Split('/')[^1], relative);
        });
    }

    private static void Store(SqliteConnection connection, long roundId, long uploadId, LintResult result)
    {
        var titles = result.Rules.Rules.ToDictionary(r => r.Rule.Id, r => r.Rule.ReportTitle, StringComparer.Ordinal);
        var byFile = result.Findings.ToLookup(f => f.File, StringComparer.Ordinal);
        using var tx = connection.BeginTransaction();
        using var insertFinding = FindingInsert(connection, tx);
        foreach (var document in result.Documents)
        {
            var previous = connection.Scalar("SELECT id FROM documents WHERE round_id = $round AND path = $path AND current = 1", new { round = roundId, path = document.Path }, tx) as long?;
            if (previous is { } old)
            {
                foreach (var table in new[] { "documents", "tables_read", "findings" })
                {
                    connection.Execute($"UPDATE {table} SET current = 0 WHERE {(table == "documents" ? "id" : "document_id")} = $old", new { old }, tx);
                }
            }

            var documentId = connection.Insert(
                "INSERT INTO documents(round_id, upload_id, path, layout, previous_id) VALUES ($round, $upload, $path, $layout, $previous)",
                new { round = roundId, upload = uploadId, path = document.Path, layout = LayoutNames.Of(document.Layout), previous }, tx);
            var findings = byFile[document.Path].ToArray();
            var tableIds = new Dictionary<int, (long Id, Place Place)>();
            foreach (var table in document.Tables)
            {
                var place = Place.Of(table, document.Path);
                var own = findings.Where(f => f.Table?.Index == table.Index).ToArray();
                int errors = own.Count(f => f.Severity == Severity.Error), warnings = own.Count(f => f.Severity == Severity.Warning), infos = own.Length - errors - warnings;
                var id = connection.Insert(
                    """
                    INSERT INTO tables_read(round_id, document_id, idx, kind, department, unit, project, project_code, budget, indicators, score, errors, warnings, infos, grid)
                    VALUES ($round, $document, $idx, $kind, $department, $unit, $project, $code, $budget, $indicators, $score, $errors, $warnings, $infos, $grid)
                    """,
                    new
                    {
                        round = roundId, document = documentId, idx = table.Index, kind = table.Kind.ToString(), department = place.Department, unit = place.Unit,
                        project = place.Project, code = table.Header.ProjectCode?.Text, budget = table.Header.Budget is { } b ? $"{b.Raw} {b.Unit}" : null,
                        indicators = table.Indicators.Count, score = ReportViewBuilder.Score(errors, warnings, infos), errors, warnings, infos,
                        grid = JsonSerializer.Serialize(SourceGrid.Of(table)),
                    },
                    tx);
                tableIds[table.Index] = (id, place);
            }

            var filePlace = tableIds.Values.Select(t => t.Place).FirstOrDefault() ?? Place.Unknown(document.Path);
            foreach (var finding in findings)
            {
                var (tableId, place) = finding.Table is { } t && tableIds.TryGetValue(t.Index, out var known) ? ((long?)known.Id, known.Place) : (null, filePlace);
                Bind(insertFinding, roundId, documentId, tableId, place, finding, titles);
                insertFinding.ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    private static SqliteCommand FindingInsert(SqliteConnection connection, SqliteTransaction tx)
    {
        var command = Sql.Command(connection, """
            INSERT INTO findings(round_id, document_id, table_id, fingerprint, rule_id, rule_title, category, severity, message, evidence, suggestion,
                                 location, line, col, sheet, cell, indicator, file, department, unit, project)
            VALUES ($round, $document, $table, $fingerprint, $rule, $title, $category, $severity, $message, $evidence, $suggestion,
                    $location, $line, $col, $sheet, $cell, $indicator, $file, $department, $unit, $project)
            """, null, tx);
        foreach (var name in new[] { "round", "document", "table", "fingerprint", "rule", "title", "category", "severity", "message", "evidence", "suggestion", "location", "line", "col", "sheet", "cell", "indicator", "file", "department", "unit", "project" })
        {
            command.Parameters.Add(new SqliteParameter("$" + name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand c, long roundId, long documentId, long? tableId, Place place, Finding f, IReadOnlyDictionary<string, string> titles)
    {
        object?[] values =
        [
            roundId, documentId, tableId, f.Fingerprint, f.RuleId, titles.GetValueOrDefault(f.RuleId, f.RuleId), f.Category, Severities.Name(f.Severity), f.Message, f.Evidence, f.Suggestion,
            f.At.ToString(), f.At.Line, f.At.Column, f.At.Sheet, f.At.Cell is null ? null : $"{f.At.Sheet}!{f.At.Cell}",
            f.Indicator is null ? null : string.Join(" › ", new[] { f.Indicator.Level1, f.Indicator.Level2, f.Indicator.Name }.Where(s => !string.IsNullOrWhiteSpace(s))),
            f.File, place.Department, place.Unit, f.Table?.ProjectName ?? place.Project,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            c.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}

/// <summary>Where a table sits in the browse tree: 主管部门 → 单位 → 项目.</summary>
public sealed record Place(string Department, string Unit, string Project)
{
    public const string Blank = "（未填写）";

    public static Place Of(PerformanceTable table, string path)
    {
        var h = table.Header;
        var department = Text(h.SupervisingDepartment) ?? Text(h.SpendingUnit) ?? Blank;
        return new Place(department, Text(h.SpendingUnit) ?? department, Text(h.ProjectName) ?? Text(table.Title) ?? $"{path} 第 {table.Index + 1} 张表");
    }

    public static Place Unknown(string path) => new(Blank, Blank, path);

    private static string? Text(TextField? field) => field is null || field.IsBlank ? null : field.Text.Trim();
}
