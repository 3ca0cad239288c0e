namespace GoalLint.Ingest.Formats;

/// <summary>A1-style cell references (B7, AA12), the way spreadsheet users name cells.</summary>
public static class CellReference
{
    /// <summary>The A1 reference of a 0-based row and column.</summary>
    public static string ToA1(int row, int column) => ColumnName(column) + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A, B, …, Z, AA, AB … for 0-based column indexes.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    /// <summary>Parses B7 or $B$7 into 0-based (row, column); null when it is not a plain cell reference.</summary>
    public static (int Row, int Column)? Parse(ReadOnlySpan<char> reference)
    {
        var i = 0;
        var column = 0;
        if (i < reference.Length && reference[i] == '$')
        {
            i++;
        }

        var letters = i;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i - letters < 3)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        if (i == letters)
        {
            return null;
        }

        if (i < reference.Length && reference[i] == '$')
        {
            i++;
        }

        var digits = reference[i..];
        if (digits.IsEmpty || digits.Length > 7 || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            return null;
        }

        return (row - 1, column - 1);
    }
}
