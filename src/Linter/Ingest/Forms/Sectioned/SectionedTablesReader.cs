using GoalLint.Ingest.Cells;
using GoalLint.Ingest.Forms;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms.Sectioned;

/// <summary>
/// Reads a form drawn as pipe tables of label/value rows under section labels (基本情况,
/// 资金概况 …), with its indicator block and the text between the tables (a 自评报告 after the
/// form), from its spec in forms.yaml: its title words, section labels and blocks. Each title
/// that follows a table starts a new form, so a file may hold several projects.
/// </summary>
public sealed class SectionedTablesReader : ILayoutReader
{
    /// <summary>The name forms.yaml gives this reader.</summary>
    public const string Name = "sectioned-tables";

    private static readonly FormSpec Spec = FormSpecs.ReadBy(Name);

    private static readonly MarkerSignature Signature = MarkerSignature.Of(Spec.Id);

    private static readonly SectionLabels Labels = new(Spec);

    /// <summary>The form whose spec in forms.yaml names this reader.</summary>
    public static string Form => Spec.Id;

    public string Layout => Form;

    public double Match(SourceText source)
    {
        var score = Signature.Match(source);
        if (score == 0)
        {
            return 0;
        }

        var pipeRows = 0;
        foreach (var line in source.Lines)
        {
            if (line.AsSpan().TrimStart().StartsWith("|") && ++pipeRows >= 3)
            {
                return score;
            }
        }

        // The same form in another format (a text export) is not readable here: only pipe tables are.
        return score * 0.25;
    }

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context)
    {
        var tables = new List<PerformanceTable>();
        foreach (var form in Forms(source.PipeBlocks(context)))
        {
            if (SectionedForm.Read(form, Labels, Vocabulary.TableKindOf(Spec.Kinds[0]), Spec.Id, context) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    /// <summary>Splits the blocks at each title paragraph that follows a table.</summary>
    private static IEnumerable<List<CellBlock>> Forms(IReadOnlyList<CellBlock> blocks)
    {
        var form = new List<CellBlock>();
        var hasTable = false;
        foreach (var block in blocks)
        {
            var title = !block.IsTable && block.Rows.Any(r => Labels.IsTitle(r[0]));
            if (title && hasTable)
            {
                yield return form;
                form = [];
                hasTable = false;
            }

            form.Add(block);
            hasTable |= block.IsTable;
        }

        if (form.Count > 0)
        {
            yield return form;
        }
    }
}
