using GoalLint.Model;
using GoalLint.Shared;

namespace GoalLint.Cli;

/// <summary>
/// Reads a small run's files on the second core while the first builds the rule set. A one-file
/// lint otherwise does both in turn, and on a fresh process each is mostly the JIT compiling its
/// own code, so the two overlap almost fully (docs/performance.md, eleventh session). The files are
/// read with the shipped vocabulary: when the packs extend it, the read is thrown away and the
/// run reads again with theirs.
/// </summary>
public sealed class ReadAhead
{
    /// <summary>Larger runs stream from the start: their reading is spread over every core anyway, and is not held twice.</summary>
    private const long MaxBytes = 4 << 20;

    private const int MaxFiles = 8;

    private readonly IReadOnlyList<string> _files;
    private readonly Task<IReadOnlyList<PerformanceDocument>[]> _read;

    private ReadAhead(IReadOnlyList<string> files)
    {
        _files = files;
        _read = Task.Run(() => files.Select(f => LintPipeline.Read([f], vocabulary: Vocabulary.Shipped)).ToArray());
    }

    /// <summary>
    /// Starts building the shipped vocabulary on the second core while the command line is still parsing: the read
    /// ahead needs it first, and on a fresh process building it is mostly the JIT's work, which this overlaps with the
    /// parse. A failure surfaces where the vocabulary is used (the task's exception is not observed here).
    /// </summary>
    public static void WarmVocabulary() => _ = Task.Run(() => Vocabulary.Shipped);

    /// <summary>
    /// Starts reading when every path names a file and together they are small; otherwise null.
    /// A run reads a file named on the command line by the path as given (<see cref="Ingest.InputFiles"/>), so that is the key.
    /// </summary>
    public static ReadAhead? Start(IReadOnlyList<string> paths)
    {
        if (paths.Count is 0 or > MaxFiles || !paths.All(File.Exists) || paths.Sum(p => new FileInfo(p).Length) > MaxBytes)
        {
            return null;
        }

        return new ReadAhead(paths);
    }

    /// <summary>Whether the read ahead is still going (the run may use the wait).</summary>
    public bool IsReading => !_read.IsCompleted;

    /// <summary>
    /// How the run reads a file: from what was read ahead when it was read with the run's
    /// vocabulary and did not fail, otherwise with <paramref name="fallback"/>.
    /// </summary>
    public Func<string, IReadOnlyList<PerformanceDocument>> Reader(Vocabulary runVocabulary, Func<string, IReadOnlyList<PerformanceDocument>> fallback)
    {
        if (runVocabulary != Vocabulary.Shipped)
        {
            return fallback;
        }

        return file =>
        {
            var index = IndexOf(file);
            return index >= 0 && Completed() is { } read ? read[index] : fallback(file);
        };
    }

    private int IndexOf(string file)
    {
        for (var i = 0; i < _files.Count; i++)
        {
            if (string.Equals(_files[i], file, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The read, waited for; null when it failed.</summary>
    private IReadOnlyList<PerformanceDocument>[]? Completed()
    {
        try
        {
            return _read.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // Whatever went wrong is met again by the run's own read, which reports it where it belongs.
            return null;
        }
    }
}
