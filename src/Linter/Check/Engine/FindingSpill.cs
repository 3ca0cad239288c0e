using System.Collections;
using System.Runtime.InteropServices;
using System.Text;
using GoalLint.Check.Findings;

namespace GoalLint.Check.Engine;

/// <summary>
/// A run's findings on disk, so a run of a million tables does not hold them all: each checked
/// document's findings are appended as they are made, one sorted chunk per input file, to a file
/// in the run's own temporary folder. Reading them back (each enumeration reads the file again)
/// gives them in <see cref="FindingOrder"/>: files in path order, a file's chunks merged in memory
/// (one file's findings at a time). <see cref="Dispose"/> deletes the folder, as does a signal
/// that stops the process (Ctrl+C, kill).
/// </summary>
internal sealed class FindingSpill : IReadOnlyCollection<Finding>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("goallint-spill-");
    private readonly FileStream _writer;
    private readonly Lock _lock = new();
    private readonly List<Chunk> _chunks = [];
    private readonly int[] _newBySeverity = new int[3];
    private readonly Dictionary<string, int> _newByCategory = new(StringComparer.Ordinal);
    private int _count;
    private int _new;
    private bool _disposed;

    private readonly PosixSignalRegistration[] _signals;

    public FindingSpill()
    {
        _writer = new FileStream(SpillPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);

        // A run stopped by Ctrl+C or kill does not reach Dispose: the folder goes before the process
        // does. The writer stays open (the file is only unlinked), so no thread fails on the way out.
        _signals = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(s => PosixSignalRegistration.Create(s, _ => _folder.Delete(recursive: true)))];
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// The new findings (<see cref="FindingState.New"/>) counted as they were added, by severity and by category,
    /// so a report's summary need not read the whole file back for them.
    /// </summary>
    public (int New, int[] BySeverity, IReadOnlyDictionary<string, int> ByCategory) NewCounts
    {
        get
        {
            lock (_lock)
            {
                return (_new, [.. _newBySeverity], new Dictionary<string, int>(_newByCategory, StringComparer.Ordinal));
            }
        }
    }

    /// <summary>The run's temporary folder, which holds the spill file.</summary>
    public string Folder => _folder.FullName;

    private string SpillPath => Path.Combine(_folder.FullName, "findings.bin");

    /// <summary>Appends findings in any order (thread-safe); each input file's become one sorted chunk.</summary>
    public void Add(IEnumerable<Finding> findings)
    {
        foreach (var file in findings.GroupBy(f => f.File, StringComparer.Ordinal))
        {
            var sorted = file.ToArray();
            Array.Sort(sorted, FindingOrder.Compare);
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                foreach (var finding in sorted)
                {
                    FindingCodec.Write(writer, finding);
                }
            }

            lock (_lock)
            {
                _chunks.Add(new Chunk(file.Key, _writer.Position, sorted.Length));
                _writer.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
                _count += sorted.Length;
                foreach (var finding in sorted.Where(f => f.State == FindingState.New))
                {
                    _new++;
                    _newBySeverity[(int)finding.Severity]++;
                    _newByCategory[finding.Category] = _newByCategory.GetValueOrDefault(finding.Category) + 1;
                }
            }
        }
    }

    public IEnumerator<Finding> GetEnumerator()
    {
        Chunk[] chunks;
        lock (_lock)
        {
            _writer.Flush();
            chunks = [.. _chunks];
        }

        using var stream = new FileStream(SpillPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        foreach (var file in chunks.GroupBy(c => c.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var findings = file.SelectMany(chunk => Read(reader, chunk)).ToArray();
            if (file.Skip(1).Any())
            {
                Array.Sort(findings, FindingOrder.Compare);
            }

            foreach (var finding in findings)
            {
                yield return finding;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var signal in _signals)
            {
                signal.Dispose();
            }

            _writer.Dispose();
            if (Directory.Exists(Folder))
            {
                _folder.Delete(recursive: true);
            }
        }
    }

    private static IEnumerable<Finding> Read(BinaryReader reader, Chunk chunk)
    {
        reader.BaseStream.Position = chunk.Offset;
        for (var i = 0; i < chunk.Count; i++)
        {
            yield return FindingCodec.Read(reader);
        }
    }

    /// <summary>One input file's findings from one document or one run-scoped rule: where they start and how many.</summary>
    private sealed record Chunk(string File, long Offset, int Count);
}
