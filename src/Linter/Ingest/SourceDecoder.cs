using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>Sniffs the physical format from the first bytes and decodes the content into sources.</summary>
public static class SourceDecoder
{
    public static IEnumerable<SourceText> Decode(string path, byte[] bytes, IngestLimits limits, IngestContext context)
    {
        if (LooksLikeZip(bytes) || LooksLikeOle(bytes))
        {
            context.Report("unsupported-format", "This is a binary office file; spreadsheets are not read yet.", new SourceLocation(1, 1));
            yield break;
        }

        var (text, encoding) = EncodingDetector.Decode(bytes);
        if (LooksBinary(text))
        {
            context.Report("binary-file", "The file holds binary data, not text: it is not a table GoalLint can read.", new SourceLocation(1, 1));
            yield break;
        }

        text = CapCells(text, limits, context);
        yield return new SourceText(path, text, encoding, SniffTextFormat(text));
    }

    private static bool LooksLikeZip(byte[] b) => b.Length >= 4 && b[0] == 0x50 && b[1] == 0x4B && b[2] == 0x03 && b[3] == 0x04;

    private static bool LooksLikeOle(byte[] b) => b.Length >= 8 && b[0] == 0xD0 && b[1] == 0xCF && b[2] == 0x11 && b[3] == 0xE0;

    /// <summary>Text whose characters are mostly implausible for a table (control codes, stray code points) is binary.</summary>
    private static bool LooksBinary(string text) =>
        EncodingDetector.Plausibility(text.AsSpan(0, Math.Min(text.Length, 8192))) < 0.8;

    private static SourceFormat SniffTextFormat(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] == '{' && text.Contains("\"schemaVersion\"", StringComparison.Ordinal))
        {
            return SourceFormat.Json;
        }

        var markdown = text.Split('\n').Take(2000).Count(l => l.StartsWith('#') || l.StartsWith('|') || l.StartsWith("---", StringComparison.Ordinal));
        return markdown >= 3 ? SourceFormat.Markdown : SourceFormat.Text;
    }

    /// <summary>Cuts lines longer than the cell cap so one pasted megabyte cannot slow every reader.</summary>
    private static string CapCells(string text, IngestLimits limits, IngestContext context)
    {
        if (text.Length <= limits.MaxCellChars)
        {
            return text;
        }

        var lines = text.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length && i < limits.MaxLines; i++)
        {
            if (lines[i].Length > limits.MaxCellChars)
            {
                context.Report("cell-too-long", $"Line {i + 1} is {lines[i].Length:N0} characters long, over the {limits.MaxCellChars:N0}-character cap; the rest of the line was not read.", new SourceLocation(i + 1, limits.MaxCellChars + 1));
                lines[i] = lines[i][..limits.MaxCellChars];
                changed = true;
            }
        }

        if (lines.Length > limits.MaxLines)
        {
            context.Report("too-many-lines", $"The file has {lines.Length:N0} lines, over the {limits.MaxLines:N0}-line cap; lines after that were not read.", new SourceLocation(limits.MaxLines + 1, 1));
            lines = lines[..limits.MaxLines];
            changed = true;
        }

        return changed ? string.Join('\n', lines) : text;
    }
}
