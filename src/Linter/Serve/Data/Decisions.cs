using System.Globalization;
using GoalLint.Report.Baseline;

namespace GoalLint.Serve.Data;

/// <summary>A reviewer's decision on a finding (by fingerprint): 退回, 接受 or 豁免, by whom and when; a waiver also needs a lead's approval.</summary>
public sealed record Decision(string Fingerprint, string Verdict, string? Justification, string? Expires, string DecidedBy, string DecidedAt, string? ApprovedBy, string? ApprovedAt)
{
    /// <summary>The state filters and lists use: a waiver no lead has approved yet is "waive-pending".</summary>
    public string State => Verdict == "waive" && ApprovedBy is null ? "waive-pending" : Verdict;
}

/// <summary>
/// Decisions per round and fingerprint. The fingerprint is the baseline's semantic one, so a
/// corrected file uploaded again finds its decisions where it left them. Approved waivers export
/// as the waiver file <c>lint --waivers</c> reads, and a waiver file imports back.
/// </summary>
public sealed class Decisions(Database database)
{
    public static readonly IReadOnlyList<string> Verdicts = ["sendback", "accept", "waive"];

    /// <summary>Records a decision; returns the problem, in Chinese, or null. A lead's waiver is approved at once.</summary>
    public string? Decide(long roundId, string fingerprint, string verdict, string? justification, string? expires, User actor)
    {
        if (!Verdicts.Contains(verdict))
        {
            return "处理意见无效。";
        }

        justification = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
        DateOnly? until = null;
        if (verdict == "waive")
        {
            if (justification is null)
            {
                return "豁免必须写明理由。";
            }

            if (!DateOnly.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date < Clock.Today())
            {
                return "豁免必须填写不早于今天的到期日（yyyy-mm-dd）。";
            }

            until = date;
        }

        using var connection = database.Open();
        var finding = connection.Query("SELECT rule_id, file FROM findings WHERE round_id = $roundId AND fingerprint = $fingerprint LIMIT 1",
            r => (Rule: r.GetString(0), File: r.GetString(1)), new { roundId, fingerprint }).FirstOrDefault();
        if (finding.Rule is null)
        {
            return "本轮没有这条发现。";
        }

        var approved = verdict == "waive" && actor.Role == "lead";
        var at = Clock.Now();
        using var tx = connection.BeginTransaction();
        connection.Execute(
            """
            INSERT INTO decisions(round_id, fingerprint, verdict, justification, expires, decided_by, decided_at, approved_by, approved_at, rule_id, file)
            VALUES ($roundId, $fingerprint, $verdict, $justification, $expires, $by, $at, $approvedBy, $approvedAt, $rule, $file)
            ON CONFLICT(round_id, fingerprint) DO UPDATE SET verdict = excluded.verdict, justification = excluded.justification, expires = excluded.expires,
              decided_by = excluded.decided_by, decided_at = excluded.decided_at, approved_by = excluded.approved_by, approved_at = excluded.approved_at
            """,
            new
            {
                roundId, fingerprint, verdict, justification, expires = until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), by = actor.DisplayName, at,
                approvedBy = approved ? actor.DisplayName : null, approvedAt = approved ? at : null, rule = finding.Rule, file = finding.File,
            },
            tx);
        Log(connection, tx, roundId, fingerprint, verdict, justification, until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), actor.DisplayName, at);
        tx.Commit();
        return null;
    }

    public string? Approve(long roundId, string fingerprint, User lead)
    {
        using var connection = database.Open();
        var at = Clock.Now();
        using var tx = connection.BeginTransaction();
        var changed = connection.Execute("UPDATE decisions SET approved_by = $by, approved_at = $at WHERE round_id = $roundId AND fingerprint = $fingerprint AND verdict = 'waive' AND approved_by IS NULL",
            new { by = lead.DisplayName, at, roundId, fingerprint }, tx);
        if (changed == 0)
        {
            return "没有待批准的豁免。";
        }

        Log(connection, tx, roundId, fingerprint, "approve", null, null, lead.DisplayName, at);
        tx.Commit();
        return null;
    }

    public void Clear(long roundId, string fingerprint, User actor)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        if (connection.Execute("DELETE FROM decisions WHERE round_id = $roundId AND fingerprint = $fingerprint", new { roundId, fingerprint }, tx) > 0)
        {
            Log(connection, tx, roundId, fingerprint, "clear", null, null, actor.DisplayName, Clock.Now());
        }

        tx.Commit();
    }

    public IReadOnlyDictionary<string, Decision> For(long roundId, IEnumerable<string> fingerprints)
    {
        var wanted = fingerprints.Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return new Dictionary<string, Decision>();
        }

        using var connection = database.Open();
        var result = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(500))
        {
            var names = string.Join(", ", chunk.Select((_, i) => "$f" + i.ToString(CultureInfo.InvariantCulture)));
            using var command = Sql.Command(connection, $"SELECT {Columns} FROM decisions WHERE round_id = $roundId AND fingerprint IN ({names})", null, null);
            command.Parameters.AddWithValue("$roundId", roundId);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue("$f" + i.ToString(CultureInfo.InvariantCulture), chunk[i]);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var d = Read(reader);
                result[d.Fingerprint] = d;
            }
        }

        return result;
    }

    /// <summary>The decision's history, newest first: who did what when.</summary>
    public IReadOnlyList<(string Action, string? Justification, string? Expires, string Actor, string At)> History(long roundId, string fingerprint)
    {
        using var connection = database.Open();
        return connection.Query("SELECT action, justification, expires, actor, at FROM decision_log WHERE round_id = $roundId AND fingerprint = $fingerprint ORDER BY id DESC",
            r => (r.GetString(0), r.Text(1), r.Text(2), r.GetString(3), r.GetString(4)), new { roundId, fingerprint });
    }

    /// <summary>The approved waivers as the waiver file the CI gate reads (<c>lint --waivers</c>).</summary>
    public WaiverFile Export(long roundId)
    {
        using var connection = database.Open();
        var waivers = connection.Query(
            "SELECT fingerprint, rule_id, file, justification, approved_by, expires FROM decisions WHERE round_id = $roundId AND verdict = 'waive' AND approved_by IS NOT NULL ORDER BY file, rule_id, fingerprint",
            r => new Waiver(r.GetString(0), r.Text(1), r.Text(2), r.Text(3) ?? "", r.GetString(4), DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new { roundId });
        return new WaiverFile(WaiverFile.CurrentSchemaVersion, waivers);
    }

    /// <summary>Imports a waiver file: each waiver becomes an approved 豁免 decision, as its approver signed it. Returns how many.</summary>
    public int Import(long roundId, WaiverFile file, User lead)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var at = Clock.Now();
        foreach (var w in file.Waivers)
        {
            var expires = w.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            connection.Execute(
                """
                INSERT INTO decisions(round_id, fingerprint, verdict, justification, expires, decided_by, decided_at, approved_by, approved_at, rule_id, file)
                VALUES ($roundId, $fingerprint, 'waive', $justification, $expires, $by, $at, $approvedBy, $at, $rule, $file)
                ON CONFLICT(round_id, fingerprint) DO UPDATE SET verdict = 'waive', justification = excluded.justification, expires = excluded.expires,
                  decided_by = excluded.decided_by, decided_at = excluded.decided_at, approved_by = excluded.approved_by, approved_at = excluded.approved_at
                """,
                new { roundId, fingerprint = w.Fingerprint, justification = w.Justification, expires, by = lead.DisplayName, at, approvedBy = w.ApprovedBy, rule = w.RuleId, file = w.File },
                tx);
            Log(connection, tx, roundId, w.Fingerprint, "import", w.Justification, expires, lead.DisplayName, at);
        }

        tx.Commit();
        return file.Waivers.Count;
    }

    private const string Columns = "fingerprint, verdict, justification, expires, decided_by, decided_at, approved_by, approved_at";

    private static Decision Read(System.Data.IDataRecord r) =>
        new(r.GetString(0), r.GetString(1), r.Text(2), r.Text(3), r.GetString(4), r.GetString(5), r.Text(6), r.Text(7));

    private static void Log(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction tx, long roundId, string fingerprint, string action, string? justification, string? expires, string actor, string at) =>
        connection.Execute("INSERT INTO decision_log(round_id, fingerprint, action, justification, expires, actor, at) VALUES ($roundId, $fingerprint, $action, $justification, $expires, $actor, $at)",
            new { roundId, fingerprint, action, justification, expires, actor, at }, tx);
}
