namespace GoalLint.Tests.Ingest.Formats;

/// <summary>A cell of a fixture workbook: text or a number, with an Excel number format and an optional formula.</summary>
internal sealed record FixtureCell(object Value, string? Format = null, string? Formula = null);

/// <summary>
/// A sheet described in code, written by <see cref="XlsxWriter"/> and <see cref="XlsWriter"/>.
/// Rows are built from tab-separated text so a fixture reads like the text table it mirrors.
/// </summary>
internal sealed class FixtureSheet(string name)
{
    public string Name { get; } = name;

    /// <summary>Row r, column c (0-based); null is an empty cell.</summary>
    public List<List<FixtureCell?>> Rows { get; } = [];

    /// <summary>Merged blocks as A1 ranges (A5:A9).</summary>
    public List<string> Merges { get; } = [];

    /// <summary>0-based indexes of hidden rows.</summary>
    public HashSet<int> HiddenRows { get; } = [];

    public bool Hidden { get; init; }

    /// <summary>A sheet whose cells are the tab-separated cells of <paramref name="tsv"/>, all text.</summary>
    public static FixtureSheet FromTsv(string name, string tsv)
    {
        var sheet = new FixtureSheet(name);
        foreach (var line in tsv.ReplaceLineEndings("\n").Split('\n'))
        {
            sheet.Rows.Add(line.Split('\t').Select(t => t.Length == 0 ? null : new FixtureCell(t)).ToList());
        }

        return sheet;
    }

    /// <summary>
    /// The same sheet with numbers stored as numbers, the way a budget system writes them:
    /// 30% becomes 0.3 under a percent format, 320000.00 becomes 320000 under a two-decimal
    /// format, so the sheet reads back as the text only if formats are honoured.
    /// </summary>
    public FixtureSheet Typed()
    {
        var typed = new FixtureSheet(Name) { Hidden = Hidden };
        typed.Merges.AddRange(Merges);
        typed.HiddenRows.UnionWith(HiddenRows);
        typed.Rows.AddRange(Rows.Select(r => r.Select(c => c?.Value is string text ? TypedCell(text) : c).ToList()));
        return typed;
    }

    private static FixtureCell TypedCell(string text)
    {
        var percent = text.EndsWith('%');
        var digits = percent ? text[..^1] : text;
        if (digits.Length == 0 || digits.Length > 12 || !digits.All(c => char.IsAsciiDigit(c) || c == '.') || digits.Count(c => c == '.') > 1 || digits.StartsWith('0') && digits.Length > 1 && digits[1] != '.')
        {
            return new FixtureCell(text);
        }

        var value = decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        var decimals = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        var format = (decimals > 0 ? "0." + new string('0', decimals) : "0") + (percent ? "%" : "");
        return new FixtureCell((double)(percent ? value / 100 : value), decimals > 0 || percent ? format : null);
    }

    public FixtureSheet Set(int row, int column, FixtureCell? cell)
    {
        while (Rows.Count <= row)
        {
            Rows.Add([]);
        }

        while (Rows[row].Count <= column)
        {
            Rows[row].Add(null);
        }

        Rows[row][column] = cell;
        return this;
    }

    /// <summary>
    /// Turns each label in <paramref name="column"/> that is followed by empty cells into a
    /// merged block over those rows (within <paramref name="fromRow"/>..<paramref name="toRow"/>),
    /// the way a form merges its 一级/二级指标 column. A block ends where a column to its left starts a new one.
    /// </summary>
    public FixtureSheet MergeDown(int column, int fromRow, int toRow)
    {
        var r = fromRow;
        while (r <= toRow)
        {
            var end = r;
            while (end + 1 <= toRow && TextAt(end + 1, column) is null && HasTextRightOf(end + 1, column) && !HasTextLeftOf(end + 1, column))
            {
                end++;
            }

            if (end > r && TextAt(r, column) is not null)
            {
                Merges.Add($"{Col(column)}{r + 1}:{Col(column)}{end + 1}");
            }

            r = end + 1;
        }

        return this;
    }

    private bool HasTextLeftOf(int row, int column) =>
        row < Rows.Count && Rows[row].Take(column).Any(c => c is not null);

    private bool HasTextRightOf(int row, int column) =>
        row < Rows.Count && Rows[row].Skip(column + 1).Any(c => c is not null);

    private string? TextAt(int row, int column) =>
        row < Rows.Count && column < Rows[row].Count ? Rows[row][column]?.Value.ToString() : null;

    private static string Col(int column) => GoalLint.Ingest.Formats.CellReference.ColumnName(column);
}
