namespace GoalLint.Serve.Data;

/// <summary>A review round: one budget year's submissions, checked with one profile.</summary>
public sealed record Round(long Id, string Name, int Year, string? Profile, string CreatedBy, string CreatedAt);

/// <summary>One upload and how far its check has got.</summary>
public sealed record Upload(long Id, long RoundId, string Status, int FilesTotal, int FilesDone, int Tables, int Findings, string? Message, string UploadedBy, string CreatedAt);

public sealed class Rounds(Database database)
{
    private const string RoundColumns = "id, name, year, profile, created_by, created_at";
    private const string UploadColumns = "id, round_id, status, files_total, files_done, tables, findings, message, uploaded_by, created_at";

    public IReadOnlyList<Round> All()
    {
        using var connection = database.Open();
        return connection.Query($"SELECT {RoundColumns} FROM rounds ORDER BY year DESC, id DESC", ReadRound);
    }

    public Round? Get(long id)
    {
        using var connection = database.Open();
        return connection.Single($"SELECT {RoundColumns} FROM rounds WHERE id = $id", ReadRound, new { id });
    }

    public long Create(string name, int year, string? profile, string createdBy)
    {
        using var connection = database.Open();
        return connection.Insert("INSERT INTO rounds(name, year, profile, created_by, created_at) VALUES ($name, $year, $profile, $createdBy, $at)",
            new { name, year, profile, createdBy, at = Clock.Now() });
    }

    public long AddUpload(long roundId, string uploadedBy)
    {
        using var connection = database.Open();
        return connection.Insert("INSERT INTO uploads(round_id, status, uploaded_by, created_at) VALUES ($roundId, 'queued', $uploadedBy, $at)",
            new { roundId, uploadedBy, at = Clock.Now() });
    }

    public void FailUpload(long id, string message)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE uploads SET status = 'failed', message = $message, finished_at = $at WHERE id = $id", new { id, message, at = Clock.Now() });
    }

    public IReadOnlyList<Upload> Uploads(long roundId)
    {
        using var connection = database.Open();
        return connection.Query($"SELECT {UploadColumns} FROM uploads WHERE round_id = $roundId ORDER BY id DESC", ReadUpload, new { roundId });
    }

    public Upload? GetUpload(long roundId, long id)
    {
        using var connection = database.Open();
        return connection.Single($"SELECT {UploadColumns} FROM uploads WHERE round_id = $roundId AND id = $id", ReadUpload, new { roundId, id });
    }

    private static Round ReadRound(System.Data.IDataRecord r) => new(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.Text(3), r.GetString(4), r.GetString(5));

    private static Upload ReadUpload(System.Data.IDataRecord r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.Int(3), r.Int(4), r.Int(5), r.Int(6), r.Text(7), r.GetString(8), r.GetString(9));
}
