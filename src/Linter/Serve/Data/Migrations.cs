namespace GoalLint.Serve.Data;

/// <summary>
/// The schema, one step per entry, applied in order on start (<see cref="Database.Migrate"/>).
/// Never edit a step that has shipped: add the next one.
/// </summary>
public static class Migrations
{
    public static readonly IReadOnlyList<string> All =
    [
        """
        CREATE TABLE users(
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE COLLATE NOCASE,
          display_name TEXT NOT NULL,
          password_hash TEXT NOT NULL,
          role TEXT NOT NULL CHECK (role IN ('reviewer', 'lead', 'readonly')),
          created_at TEXT NOT NULL);

        CREATE TABLE rounds(
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          year INTEGER NOT NULL,
          profile TEXT,
          created_by TEXT NOT NULL,
          created_at TEXT NOT NULL);

        -- One upload = one run of the pipeline over the files it brought.
        CREATE TABLE uploads(
          id INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          status TEXT NOT NULL CHECK (status IN ('queued', 'reading', 'checking', 'done', 'failed')),
          files_total INTEGER NOT NULL DEFAULT 0,
          files_done INTEGER NOT NULL DEFAULT 0,
          tables INTEGER NOT NULL DEFAULT 0,
          findings INTEGER NOT NULL DEFAULT 0,
          message TEXT,
          uploaded_by TEXT NOT NULL,
          created_at TEXT NOT NULL,
          finished_at TEXT);

        -- A file as checked. A corrected file uploaded again replaces it: the old row stays (current = 0) for the re-review.
        CREATE TABLE documents(
          id INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          upload_id INTEGER NOT NULL REFERENCES uploads(id),
          path TEXT NOT NULL,
          layout TEXT NOT NULL,
          current INTEGER NOT NULL DEFAULT 1,
          previous_id INTEGER REFERENCES documents(id));
        CREATE INDEX ix_documents_round ON documents(round_id, current, path);

        CREATE TABLE tables_read(
          id INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          document_id INTEGER NOT NULL REFERENCES documents(id),
          current INTEGER NOT NULL DEFAULT 1,
          idx INTEGER NOT NULL,
          kind TEXT NOT NULL,
          department TEXT NOT NULL,
          unit TEXT NOT NULL,
          project TEXT NOT NULL,
          project_code TEXT,
          budget TEXT,
          indicators INTEGER NOT NULL,
          score INTEGER NOT NULL,
          errors INTEGER NOT NULL,
          warnings INTEGER NOT NULL,
          infos INTEGER NOT NULL,
          grid TEXT NOT NULL);
        CREATE INDEX ix_tables_round ON tables_read(round_id, current, department, unit);
        CREATE INDEX ix_tables_document ON tables_read(document_id);

        CREATE TABLE findings(
          id INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          document_id INTEGER NOT NULL REFERENCES documents(id),
          table_id INTEGER REFERENCES tables_read(id),
          current INTEGER NOT NULL DEFAULT 1,
          fingerprint TEXT NOT NULL,
          rule_id TEXT NOT NULL,
          rule_title TEXT NOT NULL,
          category TEXT NOT NULL,
          severity TEXT NOT NULL,
          message TEXT NOT NULL,
          evidence TEXT NOT NULL,
          suggestion TEXT,
          location TEXT NOT NULL,
          line INTEGER NOT NULL,
          col INTEGER NOT NULL,
          sheet TEXT,
          cell TEXT,
          indicator TEXT,
          file TEXT NOT NULL,
          department TEXT NOT NULL,
          unit TEXT NOT NULL,
          project TEXT NOT NULL);
        CREATE INDEX ix_findings_round ON findings(round_id, current, department, unit);
        CREATE INDEX ix_findings_fingerprint ON findings(round_id, fingerprint);
        CREATE INDEX ix_findings_table ON findings(table_id);
        CREATE INDEX ix_findings_document ON findings(document_id);

        -- A decision belongs to the finding's fingerprint, so it survives re-uploads of the file.
        CREATE TABLE decisions(
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          fingerprint TEXT NOT NULL,
          verdict TEXT NOT NULL CHECK (verdict IN ('sendback', 'accept', 'waive')),
          justification TEXT,
          expires TEXT,
          decided_by TEXT NOT NULL,
          decided_at TEXT NOT NULL,
          approved_by TEXT,
          approved_at TEXT,
          rule_id TEXT,
          file TEXT,
          PRIMARY KEY (round_id, fingerprint));

        -- Every change to a decision, for the audit trail.
        CREATE TABLE decision_log(
          id INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL,
          fingerprint TEXT NOT NULL,
          action TEXT NOT NULL,
          justification TEXT,
          expires TEXT,
          actor TEXT NOT NULL,
          at TEXT NOT NULL);
        CREATE INDEX ix_decision_log ON decision_log(round_id, fingerprint);
        """,
    ];
}
