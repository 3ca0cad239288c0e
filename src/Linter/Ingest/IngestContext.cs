using System.Diagnostics;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Ingest;

/// <summary>
/// Collects located problems while a reader works; readers never throw on bad input. It also
/// keeps the file's read budget: readers call <see cref="CheckTime"/> once per row, so a reader
/// bug that loops cannot hang the run; the loader reports the file as not read. The budget is the
/// reading thread's CPU time, so a file reads the same on a loaded machine as on an idle one (a
/// wall-clock budget dropped a fifth of a 100,000-table run at load 40); a wall-clock net at
/// <see cref="WallFactor"/> times the budget remains for a read that waits instead of working.
/// </summary>
public sealed class IngestContext(string path, TimeSpan? budget = null)
{
    /// <summary>Diagnostics of one code kept per file; a 500,000-row file of unplaced cells gets one summary for the rest.</summary>
    public const int PerCodeLimit = 1_000;

    /// <summary>Characters of evidence a diagnostic keeps: readers quote whole rows, and a row can hold 20,000-character cells.</summary>
    public const int EvidenceChars = 200;

    private readonly List<IngestDiagnostic> _diagnostics = [];
    private readonly Dictionary<string, (int Count, SourceLocation LastAt)> _perCode = new(StringComparer.Ordinal);

    /// <summary>How many times the CPU budget a read may take by the wall clock.</summary>
    public const int WallFactor = 15;

    private readonly TimeSpan _cpuDeadline = budget is { } b ? CpuClock.Thread() + b : TimeSpan.MaxValue;
    private readonly long _wallDeadline = budget is { } b ? Stopwatch.GetTimestamp() + (long)(b.TotalSeconds * WallFactor * Stopwatch.Frequency) : long.MaxValue;
    private long _nextCpuRead;
    private int _checks;

    public string Path { get; } = path;

    /// <summary>What was reported, and for each code past <see cref="PerCodeLimit"/> one diagnostic saying how many more.</summary>
    public IReadOnlyList<IngestDiagnostic> Diagnostics =>
        [.. _diagnostics, .. _perCode.Where(p => p.Value.Count > PerCodeLimit)
            .Select(p => new IngestDiagnostic(p.Key, $"另有 {p.Value.Count - PerCodeLimit:N0} 条同类问题（{p.Key}）未列出。", p.Value.LastAt, null))];

    /// <summary>Records a problem: <paramref name="code"/> is the stable diagnostic code, <paramref name="message"/> a catalogue message (rendered in the run's language).</summary>
    public void Report(string code, Message message, SourceLocation at, string? evidence = null)
    {
        var count = _perCode.TryGetValue(code, out var seen) ? seen.Count + 1 : 1;
        _perCode[code] = (count, at);
        if (count <= PerCodeLimit)
        {
            // Only a listed diagnostic is rendered: a file of thousands of the same problem costs one summary past the limit.
            _diagnostics.Add(new IngestDiagnostic(code, message.ToString(), at, evidence is { Length: > EvidenceChars } ? CellText.Excerpt(evidence, EvidenceChars) : evidence));
        }
    }

    /// <summary>Takes the problems another context collected (a reading that was kept).</summary>
    public void Absorb(IngestContext other) => _diagnostics.AddRange(other._diagnostics);
    /// <summary>Keeps a diagnostic read back from normalised JSON as it was written.</summary>
    public void Restore(IngestDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Drops what was reported after the first <paramref name="count"/> diagnostics: a source that held no table is one no-table note, not a note per line.</summary>
    public void KeepFirst(int count) => _diagnostics.RemoveRange(count, _diagnostics.Count - count);

    /// <summary>Stops the read with <see cref="ReadBudgetExceededException"/> once the budget is spent.</summary>
    public void CheckTime()
    {
        // Reading the clocks costs more than a row on some machines: look at them on every 32nd call (and the first).
        if ((_checks++ & 31) != 0 || budget is null)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (now > _wallDeadline || (now >= _nextCpuRead && CpuSpent(now)))
        {
            throw new ReadBudgetExceededException(budget.Value);
        }
    }

    /// <summary>
    /// Whether the thread's CPU budget is spent. A thread spends CPU no faster than the wall clock
    /// runs, so the CPU clock (a system call) is read again only once the wall clock has run as far
    /// as the CPU left: until then the budget cannot be spent.
    /// </summary>
    private bool CpuSpent(long now)
    {
        var left = _cpuDeadline - CpuClock.Thread();
        _nextCpuRead = now + (long)(left.TotalSeconds * Stopwatch.Frequency);
        return left < TimeSpan.Zero;
    }
}
