using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>
/// The labels a sectioned form prints, from its spec in forms.yaml and the vocabulary, compared
/// without spaces or a trailing colon.
/// </summary>
internal sealed class SectionLabels(FormSpec spec)
{
    private static readonly string[] NumberSuffixes = ["万元", "亿元", "千元", "元", "分", "年度", "年"];

    /// <summary>Built once, not a params array per call.</summary>
    private static readonly char[] Colons = [':', '：'];

    private readonly HashSet<string> _sections = [.. spec.Sections.Select(Key)];
    private readonly HashSet<string> _fundsOpens = [.. spec.YearFunds.Opens.Select(Key)];
    private readonly HashSet<string> _spending = [.. spec.YearFunds.Spending.Select(Key)];
    private readonly HashSet<string> _funds = [.. spec.YearFunds.Opens.Concat(spec.YearFunds.Spending).Concat(spec.YearFunds.Labels).Append(spec.YearFunds.Year).Select(Key)];
    private readonly string[] _titles = [.. spec.Titles.Select(Key)];
    private readonly string _year = Key(spec.YearFunds.Year);

    public bool ReadsFunds { get; } = spec.Blocks.Contains("year-funds");

    public static string Key(string text) => CellText.Squeeze(text).TrimEnd(Colons);

    public bool IsTitle(string text)
    {
        var key = Key(text);
        return _titles.Any(t => key.Contains(t, StringComparison.Ordinal));
    }

    public bool IsSection(string text) => _sections.Contains(Key(text));

    public bool IsFundsLabel(string text) => _funds.Contains(Key(text));

    public bool IsSpendingLabel(string text) => _spending.Contains(Key(text));

    public bool IsFundsStart(string text) => ReadsFunds && _fundsOpens.Contains(Key(text));

    public bool IsYearLabel(string text) => Key(text) == _year;

    public static bool IsIndicatorHeader(string text) => Vocabulary.Current.ColumnOf(text) == ColumnRole.Name;

    public static bool IsLevel1(string text) => Vocabulary.Current.Level1(text) != Level1Category.Unknown;

    /// <summary>
    /// A 二级指标 label, strictly: indicator names such as 行政成本节约率 also map to a category,
    /// so the label must end in 指标 or sit right of a 一级指标 label.
    /// </summary>
    public static bool IsLevel2(string text, string? left) =>
        Vocabulary.Current.Level2(text) != Level2Category.Unknown
        && (Key(text).EndsWith("指标", StringComparison.Ordinal) || left is not null && IsLevel1(left));

    /// <summary>Cells a converter fills blank merged areas with: a lone 0, or the dashes of a stray delimiter row.</summary>
    public static bool IsFiller(string text)
    {
        var t = text.Trim();
        return t == "0" || (t.Length > 0 && t.All(c => c is '-' or ':'));
    }

    /// <summary>An amount, score or year as written: 200, 1,200.50, 96分, 2019年.</summary>
    public static NumberField? Number(Cell cell) =>
        Money.Parse(cell.Text, NumberSuffixes) is { } value ? new NumberField(value, cell.Text, cell.At) : null;
}
