using System.Text;
using GoalLint.Report;

namespace GoalLint.Cli;

/// <summary>
/// A write-only stream over a <see cref="TextWriter"/> (standard output, which tests replace):
/// UTF-8 bytes are decoded as they come, a character split between two writes waiting for the rest.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : WriteOnlyStream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
        var count = _decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, count);
    }

    public override void Flush() => writer.Flush();
}
