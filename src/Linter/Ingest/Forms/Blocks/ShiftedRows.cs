using GoalLint.Ingest.Cells.PdfText;
using GoalLint.Shared.Messages;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// Detects indicator rows the export shifted by one column and puts the cells back where the
/// header says they belong. Two damages are seen in 河北 exports: a row whose 一级指标 cell went
/// missing (its 二级指标 label sits in the 一级 column), and a row where a copy of the
/// 绩效指标描述 was pushed into the 指标值 column, moving the value into 指标值确定依据.
/// </summary>
internal static class ShiftedRows
{
    /// <summary>Words a 指标值确定依据 is made of (年度工作计划, 行业规范, 财政预算批复文件 …), from the form's spec.</summary>
    private static readonly string[] BasisWords = [.. FormSpecs.ReadBy(BudgetTextReader.Name).BasisWords];

    /// <summary>The cells realigned to <paramref name="columns"/>, and a plain-language note when they had to be moved.</summary>
    public static (IReadOnlyList<Cell> Cells, Message? Shift) Align(IReadOnlyList<Cell> cells, DescribedColumns columns)
    {
        if (MissingLevel1(cells, columns))
        {
            var moved = cells.ToList();
            moved.Insert(columns.Level1, new Cell("", cells[columns.Level1].At));
            return (moved, Message.Of("ingest.shift.level2-in-level1", ("label", cells[columns.Level1].Text)));
        }

        if (DuplicatedDescription(cells, columns))
        {
            var moved = cells.ToList();
            moved.RemoveAt(columns.Value);
            var basis = WrapSpaces.At(moved, columns.Basis);
            return (moved, Message.Of(basis.Length == 0 ? "ingest.shift.description-copied-no-basis" : "ingest.shift.description-copied", ("value", WrapSpaces.At(cells, columns.Basis))));
        }

        return (cells, null);
    }

    private static bool MissingLevel1(IReadOnlyList<Cell> cells, DescribedColumns columns)
    {
        if (columns.Level1 < 0 || columns.Level2 != columns.Level1 + 1)
        {
            return false;
        }

        var first = WrapSpaces.At(cells, columns.Level1);
        var second = WrapSpaces.At(cells, columns.Level2);
        return first.Length > 0
            && Vocabulary.Current.Level1(first) == Level1Category.Unknown
            && Vocabulary.Current.Level2(first) != Level2Category.Unknown
            && Vocabulary.Current.Level2(second) == Level2Category.Unknown;
    }

    /// <summary>
    /// The value cell equals the description and what follows does not read like a basis, or
    /// spills past the last column: the copy pushed the rest of the row right.
    /// </summary>
    private static bool DuplicatedDescription(IReadOnlyList<Cell> cells, DescribedColumns columns)
    {
        if (columns.Description < 0 || columns.Value != columns.Description + 1 || columns.Basis != columns.Value + 1)
        {
            return false;
        }

        var description = WrapSpaces.At(cells, columns.Description);
        if (description.Length == 0 || description != WrapSpaces.At(cells, columns.Value))
        {
            return false;
        }

        var basis = WrapSpaces.At(cells, columns.Basis);
        var spill = Enumerable.Range(columns.Last + 1, Math.Max(0, cells.Count - columns.Last - 1)).Any(i => WrapSpaces.At(cells, i).Length > 0);
        return spill || basis.Length > 0 && !BasisWords.Any(w => basis.Contains(w, StringComparison.Ordinal));
    }
}
