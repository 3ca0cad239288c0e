using System.Data;
using Microsoft.Data.Sqlite;

namespace GoalLint.Serve.Data;

/// <summary>The few ADO.NET shapes the stores use: every value goes in as a parameter, never into the SQL text.</summary>
public static class Sql
{
    public static int Execute(this SqliteConnection connection, string sql, object? args = null, SqliteTransaction? tx = null)
    {
        using var command = Command(connection, sql, args, tx);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(this SqliteConnection connection, string sql, object? args = null, SqliteTransaction? tx = null)
    {
        using var command = Command(connection, sql, args, tx);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static long Insert(this SqliteConnection connection, string sql, object? args = null, SqliteTransaction? tx = null) =>
        (long)connection.Scalar(sql + "; SELECT last_insert_rowid();", args, tx)!;

    public static List<T> Query<T>(this SqliteConnection connection, string sql, Func<IDataRecord, T> map, object? args = null, SqliteTransaction? tx = null)
    {
        using var command = Command(connection, sql, args, tx);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static T? Single<T>(this SqliteConnection connection, string sql, Func<IDataRecord, T> map, object? args = null)
        where T : class => connection.Query(sql, map, args).FirstOrDefault();

    public static string? Text(this IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int Int(this IDataRecord r, int i) => r.IsDBNull(i) ? 0 : r.GetInt32(i);

    public static long Long(this IDataRecord r, int i) => r.IsDBNull(i) ? 0 : r.GetInt64(i);

    public static SqliteCommand Command(SqliteConnection connection, string sql, object? args, SqliteTransaction? tx)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        if (args is IReadOnlyDictionary<string, object> named)
        {
            foreach (var (name, value) in named)
            {
                command.Parameters.AddWithValue("$" + name, value);
            }
        }
        else if (args is not null)
        {
            foreach (var property in args.GetType().GetProperties())
            {
                command.Parameters.AddWithValue("$" + property.Name, property.GetValue(args) ?? DBNull.Value);
            }
        }

        return command;
    }
}
