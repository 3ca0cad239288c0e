using System.Data;
using System.Text;
using System.Text.Json;
using GoalLint.Serve.Checking;

namespace GoalLint.Serve.Data;

/// <summary>A finding as stored, with the decision on it (if any).</summary>
public sealed record FindingRow(
    long Id, string Fingerprint, long? TableId, string RuleId, string RuleTitle, string Category, string Severity, string Message, string Evidence,
    string? Suggestion, string Location, int Line, int Column, string? Cell, string? Indicator, string File, string Department, string Unit, string Project,
    Decision? Decision)
{
    public string State => Decision?.State ?? "none";
}

/// <summary>A table as stored: where it sits, its score and counts.</summary>
public sealed record TableRow(long Id, long DocumentId, string File, int Index, string Kind, string Department, string Unit, string Project, string? ProjectCode, string? Budget, int Indicators, int Score, int Errors, int Warnings, int Infos);

/// <summary>A roll-up line: a department or a unit, its tables, findings and mean score.</summary>
public sealed record Rollup(string Name, int Tables, int Findings, int Errors, int Warnings, int AverageScore, int SentBack);

/// <summary>What a finding list is narrowed to; empty values mean "all".</summary>
public sealed record FindingFilter(string? Category = null, string? Severity = null, string? Rule = null, string? Decision = null, string? Query = null, string? Department = null, string? Unit = null, long? TableId = null, long? DocumentId = null)
{
    public bool IsEmpty => this == new FindingFilter();
}

/// <summary>A corrected file against the one it replaced: findings fixed, new and still there (by fingerprint, as baselines match).</summary>
public sealed record Revision(long DocumentId, long PreviousId, string File, string Unit, IReadOnlyList<FindingRow> Fixed, IReadOnlyList<FindingRow> New, IReadOnlyList<FindingRow> Remaining);

/// <summary>The browse queries: department → unit → project → findings, filters and search, re-review.</summary>
public sealed class Review(Database database)
{
    public const int PageSize = 50;

    private const string FindingColumns =
        "f.id, f.fingerprint, f.table_id, f.rule_id, f.rule_title, f.category, f.severity, f.message, f.evidence, f.suggestion, f.location, f.line, f.col, f.cell, f.indicator, f.file, f.department, f.unit, f.project, " +
        "d.fingerprint, d.verdict, d.justification, d.expires, d.decided_by, d.decided_at, d.approved_by, d.approved_at";

    private const string FindingFrom = "findings f LEFT JOIN decisions d ON d.round_id = f.round_id AND d.fingerprint = f.fingerprint";

    private const string StateSql = "CASE WHEN d.verdict IS NULL THEN 'none' WHEN d.verdict = 'waive' AND d.approved_by IS NULL THEN 'waive-pending' ELSE d.verdict END";

    private const string TableColumns = "t.id, t.document_id, doc.path, t.idx, t.kind, t.department, t.unit, t.project, t.project_code, t.budget, t.indicators, t.score, t.errors, t.warnings, t.infos";

    public IReadOnlyList<Rollup> Departments(long roundId) => Rollups(roundId, "department", null, null);

    public IReadOnlyList<Rollup> Units(long roundId, string? department) => Rollups(roundId, "unit", "department", department);

    public IReadOnlyList<TableRow> Tables(long roundId, string unit)
    {
        using var connection = database.Open();
        return connection.Query($"SELECT {TableColumns} FROM tables_read t JOIN documents doc ON doc.id = t.document_id WHERE t.round_id = $roundId AND t.current = 1 AND t.unit = $unit ORDER BY t.project, doc.path, t.idx",
            ReadTable, new { roundId, unit });
    }

    public (TableRow Table, IReadOnlyList<IReadOnlyList<GridCell>> Grid, long? PreviousDocument)? Table(long roundId, long tableId)
    {
        using var connection = database.Open();
        return connection.Query($"SELECT {TableColumns}, t.grid, doc.previous_id FROM tables_read t JOIN documents doc ON doc.id = t.document_id WHERE t.round_id = $roundId AND t.id = $tableId",
            r => (ReadTable(r), (IReadOnlyList<IReadOnlyList<GridCell>>)JsonSerializer.Deserialize<GridCell[][]>(r.GetString(15))!, r.IsDBNull(16) ? (long?)null : r.GetInt64(16)),
            new { roundId, tableId }).Cast<(TableRow, IReadOnlyList<IReadOnlyList<GridCell>>, long?)?>().FirstOrDefault();
    }

    /// <summary>One page of the current findings matching the filter, and how many match in all.</summary>
    public (IReadOnlyList<FindingRow> Rows, int Total) Findings(long roundId, FindingFilter filter, int page, int pageSize = PageSize)
    {
        var (where, args) = Where(roundId, filter);
        using var connection = database.Open();
        var total = Convert.ToInt32(connection.Scalar($"SELECT COUNT(*) FROM {FindingFrom} WHERE {where}", args), System.Globalization.CultureInfo.InvariantCulture);
        var rows = Query(connection, $"SELECT {FindingColumns} FROM {FindingFrom} WHERE {where} ORDER BY f.department, f.unit, f.project, f.file, f.line, f.col, f.rule_id LIMIT {pageSize} OFFSET {Math.Max(0, page - 1) * pageSize}", args);
        return (rows, total);
    }

    /// <summary>Every current finding matching the filter (exports).</summary>
    public IReadOnlyList<FindingRow> AllFindings(long roundId, FindingFilter filter)
    {
        var (where, args) = Where(roundId, filter);
        using var connection = database.Open();
        return Query(connection, $"SELECT {FindingColumns} FROM {FindingFrom} WHERE {where} ORDER BY f.department, f.unit, f.project, f.file, f.line, f.col, f.rule_id", args);
    }

    /// <summary>The rule ids and categories present in the round, for the filter lists.</summary>
    public (IReadOnlyList<(string Id, string Title)> Rules, IReadOnlyList<string> Categories) Facets(long roundId)
    {
        using var connection = database.Open();
        var rules = connection.Query("SELECT rule_id, MIN(rule_title) FROM findings WHERE round_id = $roundId AND current = 1 GROUP BY rule_id ORDER BY rule_id", r => (r.GetString(0), r.GetString(1)), new { roundId });
        var categories = connection.Query("SELECT DISTINCT category FROM findings WHERE round_id = $roundId AND current = 1 ORDER BY category", r => r.GetString(0), new { roundId });
        return (rules, categories);
    }

    /// <summary>Counts for the round summary: by category, by severity, by decision state, and the score bands of its tables.</summary>
    public (IReadOnlyList<(string Name, int Count)> Categories, IReadOnlyList<(string Name, int Count)> Severities, IReadOnlyList<(string Name, int Count)> States, IReadOnlyList<(string Band, int Tables)> Scores, int Tables, int Files) Summary(long roundId)
    {
        using var connection = database.Open();
        var args = new { roundId };
        List<(string, int)> Counts(string sql) => connection.Query(sql, r => (r.GetString(0), r.GetInt32(1)), args);
        return (
            Counts("SELECT category, COUNT(*) FROM findings WHERE round_id = $roundId AND current = 1 GROUP BY category ORDER BY 2 DESC, 1"),
            Counts("SELECT severity, COUNT(*) FROM findings WHERE round_id = $roundId AND current = 1 GROUP BY severity ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"),
            Counts($"SELECT {StateSql}, COUNT(*) FROM {FindingFrom} WHERE f.round_id = $roundId AND f.current = 1 GROUP BY 1 ORDER BY 2 DESC"),
            Counts("SELECT CASE WHEN score >= 90 THEN '90–100' WHEN score >= 75 THEN '75–89' WHEN score >= 60 THEN '60–74' ELSE '60 以下' END, COUNT(*) FROM tables_read WHERE round_id = $roundId AND current = 1 GROUP BY 1 ORDER BY MIN(score) DESC"),
            Convert.ToInt32(connection.Scalar("SELECT COUNT(*) FROM tables_read WHERE round_id = $roundId AND current = 1", args), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt32(connection.Scalar("SELECT COUNT(*) FROM documents WHERE round_id = $roundId AND current = 1", args), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every corrected file in the round (a current document that replaced another), newest first.</summary>
    public IReadOnlyList<Revision> Revisions(long roundId)
    {
        using var connection = database.Open();
        var pairs = connection.Query("SELECT id, previous_id, path FROM documents WHERE round_id = $roundId AND current = 1 AND previous_id IS NOT NULL ORDER BY id DESC",
            r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2)), new { roundId });
        return pairs.Select(p => Compare(connection, roundId, p.Item1, p.Item2, p.Item3)).ToArray();
    }

    public Revision? Revision(long roundId, long documentId)
    {
        using var connection = database.Open();
        var pair = connection.Query("SELECT id, previous_id, path FROM documents WHERE round_id = $roundId AND id = $documentId AND previous_id IS NOT NULL",
            r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2)), new { roundId, documentId }).FirstOrDefault();
        return pair.Item3 is null ? null : Compare(connection, roundId, pair.Item1, pair.Item2, pair.Item3);
    }

    private static Revision Compare(Microsoft.Data.Sqlite.SqliteConnection connection, long roundId, long documentId, long previousId, string path)
    {
        var now = Query(connection, $"SELECT {FindingColumns} FROM {FindingFrom} WHERE f.document_id = $id ORDER BY f.line, f.col, f.rule_id", new { id = documentId });
        var before = Query(connection, $"SELECT {FindingColumns} FROM {FindingFrom} WHERE f.document_id = $id ORDER BY f.line, f.col, f.rule_id", new { id = previousId });
        var nowPrints = now.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var beforePrints = before.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var unit = now.Concat(before).Select(f => f.Unit).FirstOrDefault() ?? Place.Blank;
        return new Revision(documentId, previousId, path, unit,
            before.Where(f => !nowPrints.Contains(f.Fingerprint)).ToArray(),
            now.Where(f => !beforePrints.Contains(f.Fingerprint)).ToArray(),
            now.Where(f => beforePrints.Contains(f.Fingerprint)).ToArray());
    }

    private IReadOnlyList<Rollup> Rollups(long roundId, string column, string? parentColumn, string? parent)
    {
        using var connection = database.Open();
        var parentClause = parentColumn is null || parent is null ? "" : $" AND {parentColumn} = $parent";
        var tables = connection.Query(
            $"SELECT {column}, COUNT(*), SUM(errors + warnings + infos), SUM(errors), SUM(warnings), CAST(ROUND(AVG(score)) AS INTEGER) FROM tables_read WHERE round_id = $roundId AND current = 1{parentClause} GROUP BY {column} ORDER BY {column}",
            r => (Name: r.GetString(0), Tables: r.GetInt32(1), Findings: r.GetInt32(2), Errors: r.GetInt32(3), Warnings: r.GetInt32(4), Score: r.GetInt32(5)), new { roundId, parent });
        var sentBack = connection.Query(
            $"SELECT f.{column}, COUNT(*) FROM {FindingFrom} WHERE f.round_id = $roundId AND f.current = 1 AND d.verdict = 'sendback'{parentClause.Replace(" AND ", " AND f.", StringComparison.Ordinal)} GROUP BY f.{column}",
            r => (r.GetString(0), r.GetInt32(1)), new { roundId, parent }).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        return tables.Select(t => new Rollup(t.Name, t.Tables, t.Findings, t.Errors, t.Warnings, t.Score, sentBack.GetValueOrDefault(t.Name))).ToArray();
    }

    private static (string Where, Dictionary<string, object> Args) Where(long roundId, FindingFilter filter)
    {
        var where = new StringBuilder("f.round_id = $roundId AND f.current = 1");
        var args = new Dictionary<string, object> { ["roundId"] = roundId };
        void Equal(string column, string name, object? value)
        {
            if (value is string s ? s.Length > 0 : value is not null)
            {
                where.Append($" AND {column} = ${name}");
                args[name] = value!;
            }
        }

        Equal("f.category", "category", filter.Category);
        Equal("f.severity", "severity", filter.Severity);
        Equal("f.rule_id", "rule", filter.Rule);
        Equal("f.department", "department", filter.Department);
        Equal("f.unit", "unit", filter.Unit);
        Equal("f.table_id", "tableId", filter.TableId);
        Equal("f.document_id", "documentId", filter.DocumentId);
        Equal(StateSql, "decision", filter.Decision);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            where.Append(" AND (f.message LIKE $q ESCAPE '\\' OR f.evidence LIKE $q ESCAPE '\\' OR f.project LIKE $q ESCAPE '\\' OR f.unit LIKE $q ESCAPE '\\' OR f.indicator LIKE $q ESCAPE '\\' OR f.file LIKE $q ESCAPE '\\' OR f.rule_title LIKE $q ESCAPE '\\')");
            args["q"] = "%" + filter.Query.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        }

        return (where.ToString(), args);
    }

    private static List<FindingRow> Query(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, object args)
    {
        using var command = Sql.Command(connection, sql, args, null);
        using var reader = command.ExecuteReader();
        var rows = new List<FindingRow>();
        while (reader.Read())
        {
            rows.Add(ReadFinding(reader));
        }

        return rows;
    }

    private static FindingRow ReadFinding(IDataRecord r) => new(
        r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8),
        r.Text(9), r.GetString(10), r.Int(11), r.Int(12), r.Text(13), r.Text(14), r.GetString(15), r.GetString(16), r.GetString(17), r.GetString(18),
        r.IsDBNull(19) ? null : new Decision(r.GetString(19), r.GetString(20), r.Text(21), r.Text(22), r.GetString(23), r.GetString(24), r.Text(25), r.Text(26)));

    private static TableRow ReadTable(IDataRecord r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.Text(8), r.Text(9), r.GetInt32(10), r.GetInt32(11), r.GetInt32(12), r.GetInt32(13), r.GetInt32(14));
}
