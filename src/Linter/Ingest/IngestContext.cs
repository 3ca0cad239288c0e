using System.Diagnostics;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Ingest;

/// <summary>
/// Collects located problems while a reader works; readers never throw on bad input. It also
/// keeps the file's read budget: readers call <see cref="CheckTime"/> once per row, so a reader
/// bug that loops cannot hang the run; the loader reports the file as not read.
/// </summary>
public sealed class IngestContext(string path, TimeSpan? budget = null)
{
    private readonly List<IngestDiagnostic> _diagnostics = [];
    private readonly long _deadline = budget is { } b ? Stopwatch.GetTimestamp() + (long)(b.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    private int _checks;

    public string Path { get; } = path;

    public IReadOnlyList<IngestDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Records a problem: <paramref name="code"/> is the stable diagnostic code, <paramref name="message"/> a catalogue message (rendered in the run's language).</summary>
    public void Report(string code, Message message, SourceLocation at, string? evidence = null) =>
        _diagnostics.Add(new IngestDiagnostic(code, message.ToString(), at, evidence));

    /// <summary>Keeps a diagnostic read back from normalised JSON as it was written.</summary>
    public void Restore(IngestDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Drops what was reported after the first <paramref name="count"/> diagnostics: a source that held no table is one no-table note, not a note per line.</summary>
    public void KeepFirst(int count) => _diagnostics.RemoveRange(count, _diagnostics.Count - count);

    /// <summary>Stops the read with <see cref="ReadBudgetExceededException"/> once the budget is spent.</summary>
    public void CheckTime()
    {
        // Reading the clock costs more than a row on some machines: look at it on every 32nd call (and the first).
        if ((_checks++ & 31) == 0 && Stopwatch.GetTimestamp() > _deadline)
        {
            throw new ReadBudgetExceededException(budget!.Value);
        }
    }
}
