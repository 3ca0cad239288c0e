using System.Runtime.CompilerServices;

namespace GoalLint.Ingest.Forms;

/// <summary>An indicator header found at a row: its columns, the row after it, and whether the rows below come one cell at a time.</summary>
internal sealed record HeaderMatch(FormColumns Columns, int NextRow, bool Stream);

/// <summary>
/// Finds an indicator header by the roles its cells name (the vocabulary's indicator-columns), in
/// every shape met: one row; a row whose cells wrapped onto the next (一级 / 指标) or that names
/// 实施期 | 年度 above two 指标值 cells; a row above that qualifies the side-by-side blocks; a line
/// of glued or single-spaced labels; one label per line or per paragraph.
/// </summary>
internal static class HeaderFinder
{
    /// <summary>Header cells are short; longer text is content.</summary>
    private const int MaxHeaderCell = 30;

    private const int MaxStreamHeader = 20;

    /// <summary>No form prints more columns than this; a wider row is no header and is not looked at cell by cell.</summary>
    private const int MaxColumns = 64;

    private const int MaxQualifier = 10;


    public static HeaderMatch? At(IReadOnlyList<Row> rows, int i)
    {
        var row = rows[i];
        if (row.Cells.Count > MaxColumns)
        {
            return null;
        }

        var filled = row.Cells.Count(c => !c.IsBlank);
        if (filled >= 2)
        {
            return InRow(rows, i) is { } match ? SpannedOver(rows, i) ?? match : Wrapped(rows, i);
        }

        return filled == 1 ? Stream(rows, i) : null;
    }

    /// <summary>Whether some row among the first <paramref name="limit"/> opens an indicator header: the cheap test a layout match needs.</summary>
    public static bool Any(IReadOnlyList<Row> rows, int limit)
    {
        for (var i = 0; i < Math.Min(rows.Count, limit); i++)
        {
            if (MayHoldRole(rows[i]) && At(rows, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static HeaderMatch? InRow(IReadOnlyList<Row> rows, int i)
    {
        var roles = rows[i].Cells.Select(c => Role(c.Text)).ToArray();
        var qualifiers = i > 0 ? Spread(rows[i - 1], roles.Length) : [];
        return FormColumns.FromRoles(roles, qualifiers, inferred: false) is { } columns ? new HeaderMatch(columns, i + 1, Stream: false) : null;
    }

    /// <summary>Header cells wrapped over two rows (一级 / 指标), or a row of 实施期 | 年度 over 指标值 | 指标值.</summary>
    private static HeaderMatch? Wrapped(IReadOnlyList<Row> rows, int i)
    {
        // A row above a header that is whole by itself (a goal, a field) is not half of it.
        if (i + 1 >= rows.Count || rows[i + 1].Cells.Count is 0 or > MaxColumns || InRow(rows, i + 1) is not null)
        {
            return null;
        }

        var (top, bottom) = (rows[i], rows[i + 1]);
        var width = Math.Max(top.Cells.Count, bottom.Cells.Count);
        var roles = new ColumnRole?[width];
        var qualifiers = new string[width];
        for (var c = 0; c < width; c++)
        {
            var (upper, lower) = (top[c].Trim(), bottom[c].Trim());
            roles[c] = (upper.Length + lower.Length <= MaxHeaderCell ? Role(upper + lower) : null) ?? Role(lower) ?? Role(upper);
            qualifiers[c] = lower.Length > 0 ? upper : "";
        }

        return FormColumns.FromRoles(roles, qualifiers, inferred: true) is { } columns ? new HeaderMatch(columns, i + 2, Stream: false) : null;
    }

    /// <summary>
    /// A header cell spanning columns (a colspan or merged cell) with the row under it naming them: each column
    /// under the span takes the span's role, qualified by the word below it (指标值 over 实施期 | 年度), or the part
    /// of it the word names (目标值 over 符号 | 数值 | 单位; 一级指标 over 名称 | 分值, the 分值 the category's own).
    /// Null unless the row below holds only such words, under the span.
    /// </summary>
    private static HeaderMatch? SpannedOver(IReadOnlyList<Row> rows, int i)
    {
        if (i + 1 >= rows.Count || rows[i + 1].Cells.Count > MaxColumns)
        {
            return null;
        }

        var (top, bottom) = (rows[i], rows[i + 1]);
        var width = Math.Max(top.Cells.Count, bottom.Cells.Count);
        var roles = new ColumnRole?[width];
        var qualifiers = new string[width];
        var spanned = 0;
        ColumnRole? carried = null;
        for (var c = 0; c < width; c++)
        {
            var (upper, lower) = (top[c].Trim(), bottom[c].Trim());
            carried = upper.Length > 0 ? Role(upper) : carried;
            qualifiers[c] = lower;
            if (lower.Length == 0)
            {
                roles[c] = upper.Length > 0 ? carried : null;
                continue;
            }

            if (carried is not { } span || (IsQualifier(lower) ? span : Part(span, lower)) is not { } role)
            {
                return null;
            }

            roles[c] = role;
            spanned += upper.Length == 0 ? 1 : 0;
        }

        return spanned > 0 && FormColumns.FromRoles(roles, qualifiers, inferred: false) is { } columns ? new HeaderMatch(columns, i + 2, Stream: false) : null;
    }

    /// <summary>The role of the column a part word (符号, 数值, 名称, 分值) names under a span of role <paramref name="span"/>; null for any other word.</summary>
    private static ColumnRole? Part(ColumnRole span, string word) => Vocabulary.Current.ColumnPartOf(word) switch
    {
        ColumnPart.Same => span,
        ColumnPart.Comparator => ColumnRole.Comparator,
        ColumnPart.Unit => ColumnRole.Unit,
        ColumnPart.Weight => span switch { ColumnRole.Level1 => ColumnRole.Level1Weight, ColumnRole.Level2 => ColumnRole.Level2Weight, _ => ColumnRole.Weight },
        _ => null,
    };

    /// <summary>Labels glued or single-spaced on one line, or one per line (blank lines between allowed).</summary>
    private static HeaderMatch? Stream(IReadOnlyList<Row> rows, int i)
    {
        var roles = new List<ColumnRole?>();
        var next = i;
        for (; next < rows.Count && roles.Count < MaxStreamHeader; next++)
        {
            if (rows[next].IsBlank)
            {
                continue;
            }

            var lineRoles = LineRoles(rows[next]);
            if (lineRoles.Length == 0)
            {
                break;
            }

            foreach (var role in lineRoles)
            {
                roles.Add(role);
            }
        }

        return FormColumns.FromRoles(roles, [], inferred: true) is { } columns ? new HeaderMatch(columns, next, Stream: true) : null;
    }

    /// <summary>
    /// The roles of a one-cell row's labels (its tokens), or none when the row is no such line or one of them names
    /// no role. Worked out once a row: a header is looked for at every row of a block, and a stream header over the
    /// rows after it, so a file of a label line copied thousands of times would split each line twenty times.
    /// A row lives for one read, under one vocabulary.
    /// </summary>
    private static ColumnRole[] LineRoles(Row row) => KnownLineRoles.GetValue(row, static r =>
    {
        var tokens = FormRows.LineTokens(r) ?? [];
        var roles = new ColumnRole[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            if (Role(tokens[k].Text) is not { } role)
            {
                return [];
            }

            roles[k] = role;
        }

        return roles;
    });

    private static readonly ConditionalWeakTable<Row, ColumnRole[]> KnownLineRoles = [];

    /// <summary>
    /// The cells of a qualifier row (实施期目标 | 年度目标 over side-by-side blocks), each carried right
    /// over the blanks after it as a merged cell is; none when the row holds anything else (a goal and its text).
    /// </summary>
    private static string[] Spread(Row row, int width)
    {
        var filled = row.Cells.Where(c => !c.IsBlank).ToArray();
        if (filled.Length == 0 || !filled.All(c => IsQualifier(c.Text)))
        {
            return [];
        }

        var spread = new string[width];
        var current = "";
        for (var c = 0; c < width; c++)
        {
            current = row[c].Trim() is { Length: > 0 } text ? text : current;
            spread[c] = current;
        }

        return spread;
    }

    /// <summary>A word that names one of side-by-side blocks or value columns: 实施期目标, 中期, 年度.</summary>
    private static bool IsQualifier(string text) =>
        text.Length <= MaxQualifier && (FormColumns.IsCycleWord(text) || text.Contains("年度", StringComparison.Ordinal));

    private static bool MayHoldRole(Row row) => row.Cells.Any(c => c.Text.Contains("指标", StringComparison.Ordinal) || c.Text.Contains("内容", StringComparison.Ordinal));

    private static ColumnRole? Role(string text) =>
        text.Length is > 0 and <= MaxHeaderCell ? Vocabulary.Current.ColumnOf(text) : null;
}
