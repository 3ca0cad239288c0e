using Microsoft.Data.Sqlite;

namespace GoalLint.Serve.Data;

/// <summary>
/// The workbench's SQLite file under <c>--data</c>: opened per request (Microsoft.Data.Sqlite pools
/// connections), in WAL mode so reviewers read while a check writes, and migrated on start.
/// </summary>
public sealed class Database
{
    public const string FileName = "goallint.db";

    private readonly string _connectionString;

    public Database(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        Path = System.IO.Path.Combine(dataDirectory, FileName);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection: wait for a writer rather than fail, and keep foreign keys honest.
        connection.Execute("PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;");
        return connection;
    }

    /// <summary>Creates the file and applies every migration not yet applied (tracked in user_version).</summary>
    public void Migrate()
    {
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        var version = Convert.ToInt32(connection.Scalar("PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        for (var i = version; i < Migrations.All.Count; i++)
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(Migrations.All[i], tx: tx);
            connection.Execute($"PRAGMA user_version = {i + 1}", tx: tx);
            tx.Commit();
        }
    }
}
