using GoalLint.Model;

namespace GoalLint.Ingest.Cells.PdfText;

/// <summary>A space-free piece of a PDF text line: one cell, or one fragment of a wrapped cell.</summary>
internal sealed record PdfToken(string Text, SourceLocation At);

/// <summary>
/// One non-blank line of PDF text (or what is left of it once a label was read off its start),
/// with where its text starts. PDF-to-text output puts the cells of one table row on one line
/// separated by single spaces, and puts each wrapped fragment of a cell on its own line.
/// </summary>
internal sealed record PdfLine(int Line, int Column, string Text)
{
    private IReadOnlyList<PdfToken>? _tokens;
    private string? _squeezed;

    public SourceLocation At => new(Line, Column);

    /// <summary>The text without whitespace, as labels and page furniture are compared; squeezed once, since every line is looked at several times.</summary>
    public string Squeezed => _squeezed ??= CellText.Squeeze(Text);

    /// <summary>The space-separated pieces of the line, each with its own column.</summary>
    public IReadOnlyList<PdfToken> Tokens => _tokens ??= Split();

    /// <summary>The line as from source line <paramref name="number"/>, markup removed; null when blank.</summary>
    public static PdfLine? Parse(int number, string raw)
    {
        var text = CellText.Clean(raw);
        if (text.Length == 0)
        {
            return null;
        }

        var column = raw.IndexOf(text[0], StringComparison.Ordinal);
        return new PdfLine(number, column < 0 ? 1 : column + 1, text);
    }

    /// <summary>Whether the line's pieces stand one space apart, as a PDF's text layer sets a row's cells (not aligned by runs of spaces).</summary>
    public bool OneSpaceApart
    {
        get
        {
            for (var i = 1; i < Tokens.Count; i++)
            {
                if (Tokens[i].At.Column - Tokens[i - 1].At.Column - Tokens[i - 1].Text.Length != 1)
                {
                    return false;
                }
            }

            return Tokens.Count > 1;
        }
    }

    /// <summary>The rest of the line from token <paramref name="index"/> on, or null when nothing is left.</summary>
    public PdfLine? Rest(int index)
    {
        if (index >= Tokens.Count)
        {
            return null;
        }

        var start = Tokens[index].At.Column - Column;
        return new PdfLine(Line, Tokens[index].At.Column, Text[start..]);
    }

    /// <summary>
    /// How wide the text prints: CJK and full-width characters take two columns, ASCII one.
    /// Wrapped cells fill their column, so widths tell a wrapped fragment from a finished cell.
    /// </summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c < 0x80 ? 1 : 2;
        }

        return width;
    }

    private List<PdfToken> Split()
    {
        var tokens = new List<PdfToken>();
        var i = 0;
        while (i < Text.Length)
        {
            while (i < Text.Length && char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            var start = i;
            while (i < Text.Length && !char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add(new PdfToken(Text[start..i], new SourceLocation(Line, Column + start)));
            }
        }

        return tokens;
    }
}
