using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Rebuilds rows from cells that arrive one at a time (one cell per line or paragraph, a row
/// flattened onto one line, cells glued together): a 一级 or 二级 label opens a row's frame, then
/// a 三级指标 (with the words spaced off it on the same line), then as many values as the header
/// has columns after it. A row the source ends in before its values is cut off.
/// </summary>
internal sealed class StreamRows(FormColumns columns)
{
    private readonly List<(Cell Cell, int Line)> _tokens = [];

    public bool CutOff { get; private set; }

    public void Add(Row row)
    {
        foreach (var cell in FormRows.LineTokens(row) ?? row.Cells.Where(c => !c.IsBlank))
        {
            _tokens.Add((cell, row.Line));
        }
    }

    public IEnumerable<Row> Rows()
    {
        var vocabulary = Vocabulary.Current;
        var (level1, level2, name) = (columns.IndexOf(ColumnRole.Level1), columns.IndexOf(ColumnRole.Level2), columns.IndexOf(ColumnRole.Name));
        var values = columns.ValuesOf(0).ToArray();
        JoinSplitLabels(vocabulary);
        var k = 0;
        while (k < _tokens.Count)
        {
            var slots = new Cell?[columns.Width];
            var start = k;
            if (level1 >= 0 && vocabulary.IsLevel1Of(_tokens[k].Cell.Text, k + 1 < _tokens.Count ? _tokens[k + 1].Cell.Text : null))
            {
                slots[level1] = _tokens[k++].Cell;
            }

            if (k < _tokens.Count && level2 >= 0 && vocabulary.IsLevel2Label(_tokens[k].Cell.Text))
            {
                slots[level2] = _tokens[k++].Cell;
            }

            // A row always takes at least one token, so a label the header has no column for is read as a name.
            if (k < _tokens.Count && (k == start || !vocabulary.IsFrameLabel(_tokens[k].Cell.Text)))
            {
                k = TakeName(slots, name, k, values, vocabulary);
                var taken = 0;
                while (taken < values.Length && k < _tokens.Count && !vocabulary.IsFrameLabel(_tokens[k].Cell.Text))
                {
                    slots[values[taken++].Index] = _tokens[k++].Cell;
                }

                CutOff |= taken < values.Length && k >= _tokens.Count;
            }

            yield return ToRow(slots);
        }
    }

    /// <summary>The 三级指标: its token, joined with the words after it on the same line while more remain there than values need.</summary>
    private int TakeName(Cell?[] slots, int name, int k, FormColumn[] values, Vocabulary vocabulary)
    {
        var first = _tokens[k];
        var text = first.Cell.Text;
        k++;
        while (k < _tokens.Count && _tokens[k].Line == first.Line && SameLineLeft(k) > values.Length && !ValueShape.LooksLikeValue(_tokens[k].Cell.Text))
        {
            text = CellText.JoinWrapped([text, _tokens[k++].Cell.Text]);
        }

        // A name wrapped onto a line of its own (改造二次供水泵房 / 数量 / 18座): the line that is no value, before one that is,
        // where a value comes next (a 绩效指标描述 column after the name holds text).
        if (values.FirstOrDefault()?.Role is ColumnRole.AnnualValue or ColumnRole.CycleValue or ColumnRole.ActualValue
            && k + 1 < _tokens.Count && _tokens[k].Line != _tokens[k - 1].Line && _tokens[k + 1].Line != _tokens[k].Line && SameLineLeft(k) == 1
            && !ValueShape.LooksLikeValue(_tokens[k].Cell.Text) && ValueShape.LooksLikeValue(_tokens[k + 1].Cell.Text)
            && !vocabulary.IsFrameLabel(_tokens[k].Cell.Text))
        {
            text = CellText.JoinWrapped([text, _tokens[k++].Cell.Text]);
        }

        slots[name] = first.Cell with { Text = text };
        return k;
    }

    /// <summary>A 一级 or 二级 label a wrap split over two lines (服务对象满意度 / 指标, 经济效益指 / 标): one token again.</summary>
    private void JoinSplitLabels(Vocabulary vocabulary)
    {
        var kept = 0;
        for (var k = 0; k < _tokens.Count; k++)
        {
            var head = _tokens[k];
            if (k + 1 < _tokens.Count && _tokens[k + 1] is var tail && head.Line != tail.Line
                && !vocabulary.IsFrameLabel(head.Cell.Text) && !vocabulary.IsFrameLabel(tail.Cell.Text)
                && CellText.JoinWrapped([head.Cell.Text, tail.Cell.Text]) is var joined && vocabulary.IsFrameLabel(joined))
            {
                head = (head.Cell with { Text = joined }, head.Line);
                k++;
            }

            _tokens[kept++] = head;
        }

        _tokens.RemoveRange(kept, _tokens.Count - kept);
    }

    private int SameLineLeft(int k)
    {
        var line = _tokens[k].Line;
        var n = 0;
        while (k + n < _tokens.Count && _tokens[k + n].Line == line)
        {
            n++;
        }

        return n;
    }

    /// <summary>The slots as a row, blank cells where none: one blank cell for all of them (a cell is immutable), plain loops.</summary>
    private static Row ToRow(Cell?[] slots)
    {
        var at = Array.Find(slots, s => s is not null)!.At;
        var blank = new Cell("", at);
        var cells = new Cell[slots.Length];
        var texts = new string[slots.Length];
        for (var k = 0; k < slots.Length; k++)
        {
            cells[k] = slots[k] ?? blank;
            texts[k] = cells[k].Text;
        }

        return new Row(at.Line, cells, string.Join('\t', texts));
    }
}
