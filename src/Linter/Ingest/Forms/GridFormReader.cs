using GoalLint.Ingest.Forms.Blocks;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// Reads a grid form from its spec in forms.yaml alone: the form's grid signature tells its files
/// apart, its title words split a file into tables, and each table is read by the engine (header
/// fields, the indicator block found by its columns' roles) plus the blocks the spec names. One
/// instance per form spec whose reader is <c>grid</c>.
/// </summary>
public sealed class GridFormReader : ILayoutReader
{
    private readonly FormSpec _spec;
    private readonly GridLayoutSignature _signature;
    private readonly TableKind _kind;

    public GridFormReader(FormSpec spec)
    {
        _spec = spec;
        _signature = new GridLayoutSignature(spec.Grid ?? throw new InvalidOperationException($"Form '{spec.Id}' has no grid signature in forms.yaml."));
        _kind = Vocabulary.TableKindOf(spec.Kinds.FirstOrDefault() ?? throw new InvalidOperationException($"Form '{spec.Id}' names no table kind in forms.yaml."));
        if (spec.Blocks.FirstOrDefault(b => !FormBlocks.Names.Contains(b)) is { } unknown)
        {
            throw new InvalidOperationException($"Form '{spec.Id}' names a block '{unknown}' the grid reader does not have ({string.Join(", ", FormBlocks.Names)}).");
        }
    }

    /// <summary>The name forms.yaml gives this reader (<c>reader: grid</c>).</summary>
    public const string Name = "grid";

    /// <summary>The forms of forms.yaml read by data alone, in file order.</summary>
    public static IEnumerable<GridFormReader> FromSpecs() =>
        FormSpecs.All.Where(f => f.Reader == Name).Select(f => new GridFormReader(f));

    public string Layout => _spec.Id;

    public double Match(SourceText source) => _signature.Match(source);

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context) =>
        GridTables.Read(source, IsTitle, (rows, c) => GridFormTable.Read(rows, rows.NewTable(_kind, _spec.Id), _spec.Blocks, c), context);

    /// <summary>A title the spec names, or one the vocabulary gives a kind of table this form yields (a 批复表 of a 申报表's layout).</summary>
    private bool IsTitle(Row row) =>
        GridText.IsTitle(row, l => _spec.Titles.Any(t => l.Contains(t, StringComparison.Ordinal)) || Vocabulary.Current.TitleKind(l)?.Kind == _kind);
}
