using System.Text.RegularExpressions;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// The cells of a header line as labels and values, the one way every form reader splits them: a
/// known label that ends at a colon or a space is cut from its value (项目名称：某某项目), a line of
/// running text that lists labelled amounts (项目资金：年度资金总额 380.00万元，其中财政资金 380.00万元) gives
/// each label and its value, and each label is paired with the cell after it.
/// </summary>
internal static partial class FieldCells
{
    /// <summary>A header label is short: a longer cell is content.</summary>
    private const int MaxLabelChars = 30;

    /// <summary>Only a line this short is read as clauses: a longer one is a paragraph (a goal).</summary>
    private const int MaxClauseLine = 200;

    private static readonly char[] Colons = [':', '：'];

    private static readonly char[] Spaces = [' ', '\u3000'];

    /// <summary>Where a label at the start of a cell ends.</summary>
    private static readonly char[] LabelEnds = [.. Colons, .. Spaces];

    /// <summary>What a group word before the colon (项目资金：) never holds: a clause break, a space, a digit.</summary>
    private static readonly System.Buffers.SearchValues<char> GroupBreaks = System.Buffers.SearchValues.Create("，；;, \u30000123456789");

    /// <summary>A header field or goal label.</summary>
    public static bool IsLabel(string text) =>
        text.Length <= MaxLabelChars && (HeaderFieldMap.Find(text) is not null || Vocabulary.Current.GoalOf(text) is not null);

    /// <summary>Cells split after the labels they start with (项目名称：某某项目, 项目名称 某某项目 ⇒ 项目名称 | 某某项目).</summary>
    public static IEnumerable<Cell> Split(IEnumerable<Cell> cells)
    {
        foreach (var cell in cells)
        {
            if (Clauses(cell) is { } clauses)
            {
                foreach (var piece in clauses)
                {
                    yield return piece;
                }

                continue;
            }

            foreach (var piece in Labelled(cell))
            {
                yield return piece;
            }
        }
    }

    /// <summary>
    /// A cell that starts with a label (after 其中, for a part of an amount, or a list item's mark), cut into the label and its value; a value that goes on, after a
    /// space, with another label and a colon (主管部门：某局 实施单位：某中心, a line whose wide space a page
    /// collapsed) gives that field too.
    /// </summary>
    private static IEnumerable<Cell> Labelled(Cell cell)
    {
        var text = cell.Text;
        var start = LabelKey.ListMarkLength(text); // - 项目名称：…, 1. 项目名称：…: an item of a list
        var colon = text.IndexOfAny(LabelEnds, start);
        var part = colon > start + 2 && string.CompareOrdinal(text, start, "其中", 0, 2) == 0 ? start + 2 : start; // 其中财政资金：210, a part of the amount before
        if (colon <= start || colon >= text.Length - 1 || !IsLabel(text[part..colon]))
        {
            yield return cell;
            yield break;
        }

        yield return part == 0 ? cell with { Text = text[..colon] } : Piece(cell, part, colon);
        var next = text.Length <= MaxClauseLine ? NextField(text, colon + 1) : -1;
        yield return Piece(cell, colon + 1, next < 0 ? text.Length : next);
        if (next >= 0)
        {
            foreach (var piece in Labelled(Piece(cell, next, text.Length)))
            {
                yield return piece;
            }
        }
    }

    /// <summary>
    /// Where a label ending at a colon starts after a space at or past <paramref name="from"/>, or -1. A unit
    /// clause counts as one (填报单位：某局　　　　单位：万元): it is the table's unit, not the end of the unit's name.
    /// </summary>
    private static int NextField(string text, int from)
    {
        for (var i = text.IndexOfAny(Spaces, from); i >= 0; i = text.IndexOfAny(Spaces, i + 1))
        {
            var start = i + 1;
            var colon = text.IndexOfAny(Colons, start, Math.Min(MaxLabelChars + 1, text.Length - start));
            if (i > from && colon > start && (IsLabel(text[start..colon]) || UnitLine(text[start..]) is not null))
            {
                return start;
            }

            // 项目名称 某项目 预算年度 2025 主管部门 某局: a flattened line's next label stands between single spaces.
            var space = text.IndexOfAny(Spaces, start);
            var label = string.CompareOrdinal(text, start, "其中", 0, 2) == 0 ? start + 2 : start; // 年度预算 412万元 其中财政资金 412万元
            if (i > from && space > label + 1 && space < text.Length - 1 && !char.IsWhiteSpace(text[space + 1]) && IsLabel(text[label..space]))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Each label among <paramref name="cells"/> with the cell after it, or null when that is another label or there is none.</summary>
    public static IEnumerable<(Cell Label, Cell? Value)> Pairs(IReadOnlyList<Cell> cells, Func<string, bool> isLabel)
    {
        for (var k = 0; k < cells.Count; k++)
        {
            if (isLabel(cells[k].Text))
            {
                var value = k + 1 < cells.Count && !isLabel(cells[k + 1].Text) ? cells[k + 1] : null;
                yield return (cells[k], value);
                k += value is null ? 0 : 1;
            }
        }
    }

    /// <summary>
    /// A line that labels its own values with short labels GoalLint has no field for (填报日期：2025年3月18日,
    /// 审批意见：同意。, 单位负责人：李某　联系电话：略): each label and its value, else empty. A form's sign-off and
    /// notes lines take this shape; an indicator or a sentence does not start with a short label and a colon.
    /// </summary>
    public static IReadOnlyList<(Cell Label, Cell Value)> OtherFields(Cell cell)
    {
        var fields = new List<(Cell Label, Cell Value)>();
        var end = 0;
        for (var match = OtherField().Match(cell.Text); match.Success; match = match.NextMatch())
        {
            var (label, value) = (match.Groups["label"], match.Groups["value"]);
            fields.Add((Piece(cell, label.Index, label.Index + label.Length), Piece(cell, value.Index, value.Index + value.Length)));
            end = match.Index + match.Length;
        }

        return end > 0 && cell.Text.AsSpan(end).IsWhiteSpace() ? fields : [];
    }

    /// <summary>
    /// A notes or sign-off line under or above a grid (审批意见：同意。, 填报人：王某): one cell that labels its
    /// own value, with a label that is no indicator frame label. It is a field of the table, never an indicator row.
    /// </summary>
    public static bool IsSignOff(Row row) => SignOffLabel(row) is not null;

    /// <summary>The first label of a sign-off or notes line (<see cref="IsSignOff"/>), or null when the row is none.</summary>
    public static Cell? SignOffLabel(Row row) =>
        row.Only is { } only && OtherFields(only) is [var (label, _), ..] && !Vocabulary.Current.IsFrameLabel(label.Text) ? label : null;

    /// <summary>The money unit stated by one of <paramref name="cells"/> (a unit line, or a unit clause <see cref="Split"/> cut from a field's value), or null.</summary>
    public static string? UnitIn(IEnumerable<Cell> cells)
    {
        foreach (var cell in cells)
        {
            if (UnitLine(cell.Text) is { } unit)
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>The money unit a unit line states (单位：万元, 金额单位：万元), or null when the text is no unit line.</summary>
    public static string? UnitLine(string text)
    {
        var key = CellText.Squeeze(text);
        return key.StartsWith("单位", StringComparison.Ordinal) || key.StartsWith("金额单位", StringComparison.Ordinal) ? Vocabulary.Current.MoneyUnitIn(key) : null;
    }

    /// <summary>
    /// A cell of clauses, each an amount's label and its value (年度资金总额 380.00万元，其中财政资金 380.00万元),
    /// after a group word and a colon (项目资金：) or not: each label and value as a cell of its own. Null
    /// unless every clause is such a pair, and there are two of them or a group word before them.
    /// </summary>
    private static List<Cell>? Clauses(Cell cell)
    {
        var text = cell.Text;
        if (text.Length > MaxClauseLine)
        {
            return null;
        }

        var colon = text.IndexOfAny(Colons);
        var from = colon is > 0 and <= MaxLabelChars && IsGroup(text[..colon]) ? colon + 1 : 0;
        var pieces = new List<Cell>();
        for (var start = from; start < text.Length;)
        {
            var end = ClauseEnd(text, start);
            if (Clause(cell, start, end) is not { } pair)
            {
                return null;
            }

            pieces.AddRange(pair);
            start = end + 1;
        }

        if (pieces.Count < (from > 0 ? 2 : 4))
        {
            return null;
        }

        // A group word that states the unit (资金情况（万元）：年度资金总额 2450.00 …) stays a cell of its own: the unit of the amounts after it.
        if (from > 0 && Money.UnitIn(text[..colon]) is not null)
        {
            pieces.Insert(0, Piece(cell, 0, colon));
        }

        return pieces;
    }

    /// <summary>A group word before the colon (项目资金：), not the label of one amount (年度资金总额：2400.00).</summary>
    private static bool IsGroup(string prefix) =>
        prefix.AsSpan().IndexOfAny(GroupBreaks) < 0
        && HeaderFieldMap.Find(prefix) is var field && (field is null or HeaderField.Funds || !HeaderFieldMap.HoldsAmount(field.Value));

    /// <summary>
    /// Where the clause from <paramref name="start"/> ends: at a ，；;、 or a comma that is no thousands
    /// separator, where the parts of the amount before it start (95万元（其中财政资金95万元）, 2400.00　其中财政拨款：2400.00,
    /// 260万元（财政资金240万元，其他资金20万元）), or at a space after a number where the next amount's label starts
    /// (中央补助 1200.00 省级补助 650.00).
    /// </summary>
    private static int ClauseEnd(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is '，' or '；' or ';' or '、'
                || (text[i] == ',' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                || ((text[i] is '（' or '(' || char.IsWhiteSpace(text[i])) && string.CompareOrdinal(text, i + 1, "其中", 0, 2) == 0)
                || (text[i] is '（' or '(' && i > start && OpensAmount(text, i + 1))
                || (char.IsWhiteSpace(text[i]) && i > start && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '元') && OpensAmount(text, i + 1)))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>Whether the text at <paramref name="at"/> is an amount's label followed by its amount (财政资金240万元).</summary>
    private static bool OpensAmount(string text, int at)
    {
        var cut = at;
        while (cut < text.Length && cut - at <= MaxLabelChars && !char.IsWhiteSpace(text[cut]) && !char.IsAsciiDigit(text[cut]) && Array.IndexOf(Colons, text[cut]) < 0)
        {
            cut++;
        }

        return cut > at && cut < text.Length && HeaderFieldMap.Find(text[at..cut]) is { } field && HeaderFieldMap.HoldsAmount(field);
    }

    /// <summary>The label and value of the clause [start, end) (其中 before the label dropped), when its label names an amount.</summary>
    private static Cell[]? Clause(Cell cell, int start, int end)
    {
        var text = cell.Text;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (text.AsSpan(start, end - start).StartsWith("其中", StringComparison.Ordinal))
        {
            start += 2;
            while (start < end && (text[start] == ' ' || Array.IndexOf(Colons, text[start]) >= 0))
            {
                start++;
            }
        }

        var cut = start;
        while (cut < end && !char.IsWhiteSpace(text[cut]) && !char.IsAsciiDigit(text[cut]) && Array.IndexOf(Colons, text[cut]) < 0)
        {
            cut++;
        }

        // A bracketed part (其中财政资金 95 万元）) closes where the clause ends.
        var close = end > cut && text[end - 1] is '）' or ')' ? end - 1 : end;
        var from = cut;
        while (from < close && char.IsWhiteSpace(text[from]))
        {
            from++; // 预算金额（万元） ：330.00, a space a PDF put before the colon
        }

        var value = Piece(cell, from < close && Array.IndexOf(Colons, text[from]) >= 0 ? from + 1 : cut, close);
        return cut > start && value.Text.Length > 0 && HeaderFieldMap.Find(text[start..cut]) is { } field && HeaderFieldMap.HoldsAmount(field)
            ? [Piece(cell, start, cut), value]
            : null;
    }

    /// <summary>The text [from, to) of <paramref name="cell"/>, trimmed, at its own column.</summary>
    private static Cell Piece(Cell cell, int from, int to)
    {
        var raw = cell.Text[from..to];
        return new Cell(raw.Trim(), cell.At with { Column = cell.At.Column + from + raw.Length - raw.TrimStart().Length });
    }

    /// <summary>A label of at most ten characters (单位负责人签字), its colon, and its value up to the next such label after a space.</summary>
    [GeneratedRegex(@"\G\s*(?<label>[^\s:：，；;,。、（）()【】《》0-9]{1,10})[:：]\s*(?<value>\S.*?)(?=\s+[^\s:：，；;,。、（）()【】《》0-9]{1,10}[:：]|\s*$)", RegexOptions.Singleline)]
    private static partial Regex OtherField();
}
