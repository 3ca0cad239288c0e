using System.Runtime.InteropServices;

namespace GoalLint.Analysis;

/// <summary>
/// Long texts a run keeps on disk rather than in memory until its end: what the run-scoped checks
/// read for only the few tables they pair or report (a table's 年度目标, <see cref="TableFacts.AnnualGoal"/>).
/// Texts are appended as UTF-16 code units, so any string, a lone surrogate too, reads back exactly.
/// Thread-safe. The file is deleted when the spill is disposed (and with the folder it is in).
/// </summary>
public sealed class TextSpill : IDisposable
{
    private readonly FileStream _file;
    private readonly Lock _lock = new();
    private bool _written;

    /// <param name="path">A new file, in the run's own temporary folder.</param>
    public TextSpill(string path)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16, FileOptions.DeleteOnClose);
    }

    /// <summary>Appends <paramref name="text"/>; the offset to read it back at.</summary>
    public long Add(string text)
    {
        lock (_lock)
        {
            var at = _file.Position;
            _file.Write(MemoryMarshal.AsBytes(text.AsSpan()));
            _written = true;
            return at;
        }
    }

    /// <summary>The text of <paramref name="length"/> characters appended at <paramref name="at"/>.</summary>
    public string Read(long at, int length)
    {
        lock (_lock)
        {
            if (_written)
            {
                _file.Flush();
                _written = false;
            }

            return string.Create(length, (File: _file, At: at), static (chars, spill) =>
            {
                var bytes = MemoryMarshal.AsBytes(chars);
                for (var read = 0; read < bytes.Length;)
                {
                    var got = RandomAccess.Read(spill.File.SafeFileHandle, bytes[read..], spill.At + read);
                    read += got > 0 ? got : throw new EndOfStreamException("The run's text spill ended before a text it holds.");
                }
            });
        }
    }

    public void Dispose() => _file.Dispose();
}
