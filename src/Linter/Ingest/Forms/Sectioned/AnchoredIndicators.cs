using GoalLint.Shared.Messages;
using GoalLint.Model;


namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>
/// Reads an indicator block whose header names the columns from 指标名称 on, into indicators and slots. 一级/二级 labels are written once, in the
/// first row of their merged cells, and hold for the rows below. The block may continue in
/// another pipe table after a page break, without its header and with fewer columns (the
/// converter drops empty merged columns): the columns are then re-anchored on the first
/// 二级指标 label, and columns that no longer fit are reported.
/// </summary>
internal sealed class AnchoredIndicators(PerformanceTable table, SectionLabels sections, IngestContext context)
{
    /// <summary>The columns read as the indicator's text, values and numbers (<see cref="IndicatorValues"/>: 分值/得分 as every reader reads them).</summary>
    private static readonly ColumnRole[] ValueRoles = [ColumnRole.Formula, ColumnRole.AnnualValue, ColumnRole.ActualValue, ColumnRole.Weight, ColumnRole.Score, ColumnRole.Deviation];

    private readonly IndicatorFrame _frame = new();
    private IndicatorGeometry? _geometry;
    private bool _anchored;

    public bool IsActive => _geometry is not null;

    /// <summary>Starts the block at its header row (指标名称, 指标计算公式 …).</summary>
    public bool Begin(Row header)
    {
        if (IndicatorGeometry.FromHeader(header) is not { } geometry)
        {
            return false;
        }

        _geometry = geometry;
        _anchored = true;
        if (geometry.Cell(header, ColumnRole.Level1) is { IsBlank: false } level1 && SectionLabels.IsLevel1(level1.Text))
        {
            _frame.Place(level1, null, hasIndicator: false, header.At);
        }

        return true;
    }

    /// <summary>A new pipe table: if its width differs, assume lost columns on the left until a 二级 label anchors it.</summary>
    public void StartTable(int width)
    {
        if (_geometry is { } g && g.Width != width)
        {
            _geometry = g.AnchoredAt(g[ColumnRole.Level2] + width - g.Width, width);
            _anchored = false;
        }
    }

    /// <summary>Reads one row; false when the row is not part of the block (the block has ended).</summary>
    public bool TryRead(Row row)
    {
        if (_geometry is null)
        {
            return false;
        }

        if (!_anchored && !Anchor(row) && _geometry.Cell(row, ColumnRole.Name) is null)
        {
            // A narrower table that shows no 二级 label and has no room for names is not the indicator block.
            _geometry = null;
            return false;
        }

        var g = _geometry;
        var level2Column = g[ColumnRole.Level2];
        var level1 = g.Cell(row, ColumnRole.Level1);
        var level2 = g.Cell(row, ColumnRole.Level2);
        var name = g.Cell(row, ColumnRole.Name);
        var labels = row.Cells.Take(Math.Max(level2Column, 0)).Where(c => !c.IsBlank && !sections.IsSection(c.Text)).ToList();
        var noLevel2 = level2 is not { IsBlank: false } || !SectionLabels.IsLevel2(level2.Text, level1?.Text);
        if (labels.Any(c => !SectionLabels.IsLevel1(c.Text)) && noLevel2 && name is not { IsBlank: false })
        {
            _geometry = null;
            return false;
        }

        var hasName = name is { IsBlank: false };
        var (label1, label2) = _frame.Place(
            level1 is { IsBlank: false } && !sections.IsSection(level1.Text) ? level1 : null,
            level2 is { IsBlank: false } ? level2 : null,
            hasName,
            name?.At ?? row.At);
        if (hasName)
        {
            AddIndicator(row, name!, g, label1, label2);
        }
        else if (row.Cells.Skip(level2Column + 1).Any(c => !c.IsBlank))
        {
            context.Report("unplaced-row", Message.Of("ingest.unplaced-row.no-indicator-name"), row.At, row.Raw);
        }

        return true;
    }

    private bool Anchor(Row row)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (!row.Cells[i].IsBlank && SectionLabels.IsLevel2(row[i], i > 0 ? row[i - 1] : null))
            {
                _geometry = _geometry!.AnchoredAt(i, _geometry.Width);
                _anchored = true;
                ReportMissing(row);
                return true;
            }
        }

        return false;
    }

    private void ReportMissing(Row row)
    {
        var missing = _geometry!.Missing.Select(c => _geometry.Labels.GetValueOrDefault(c, c.ToString())).ToList();
        if (missing.Count > 0)
        {
            context.Report("missing-columns",
                Message.Of("ingest.missing-columns", ("width", _geometry.Width), ("missing", string.Join("、", missing))),
                row.At, row.Raw);
        }
    }

    /// <summary>Puts the block's slots on the table, once every row is read.</summary>
    public void Finish() => table.Slots.AddRange(_frame.Slots);

    /// <summary>
    /// Adds the row's indicator the way every reader does (<see cref="IndicatorRows.AddIndicator"/>). A value
    /// column the form has is kept even when empty: an empty target is a finding.
    /// </summary>
    private void AddIndicator(Row row, Cell name, IndicatorGeometry g, TextField? level1, TextField? level2)
    {
        var values = ValueRoles
            .Select(role => (Role: role, Cell: g.Cell(row, role)))
            .Where(v => v.Cell is { IsBlank: false } || v.Cell is not null && v.Role is ColumnRole.AnnualValue or ColumnRole.ActualValue)
            .Select(v => KeyValuePair.Create(v.Role, v.Cell!));
        var sourceRow = string.Join('\t', row.Cells.Select(c => c.Text)) + new string('\t', Math.Max(0, g.Width - row.Cells.Count));
        IndicatorRows.AddIndicator(table, (level1, level2), name, values, null, null, row.At, sourceRow, context);
    }
}
