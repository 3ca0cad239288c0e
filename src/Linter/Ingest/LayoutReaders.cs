using GoalLint.Ingest.Forms;
using GoalLint.Ingest.Forms.Blocks;
using GoalLint.Ingest.Forms.PdfText;
using GoalLint.Ingest.Forms.Sectioned;
using GoalLint.Ingest.Json;

namespace GoalLint.Ingest;

/// <summary>
/// The readers GoalLint knows: one <see cref="GridFormReader"/> per grid form that forms.yaml
/// describes for the engine, and the readers of the other shapes, listed by hand (scanning the
/// assembly at start-up costs more than the list; a test keeps it complete). A new grid form is
/// data; nothing here lists forms.
/// </summary>
public static class LayoutReaders
{
    /// <summary>
    /// The loader takes the first of equal best matches, so the order is fixed: GoalLint's own JSON
    /// first (its header makes it certain, while the table labels quoted inside it can make a text
    /// layout score as high), then by form id.
    /// </summary>
    public static IReadOnlyList<ILayoutReader> All { get; } = new ILayoutReader[]
        {
            new NormalisedJsonReader(),
            new GenericFormReader(),
            new PdfTextFormReader(),
            new BudgetTextReader(),
            new SectionedTablesReader(),
        }
        .Concat(GridFormReader.FromSpecs())
        .OrderBy(r => r is not NormalisedJsonReader)
        .ThenBy(r => r.Layout, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The reader of the form <paramref name="layout"/>.</summary>
    public static ILayoutReader Of(string layout) => All.Single(r => r.Layout == layout);
}
