using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>
/// Reads one layout family. The loader asks every reader how well a source matches its layout
/// and hands the source to the best match. A reader never throws on bad input: what it cannot
/// place becomes an <see cref="IngestContext.Report"/> diagnostic with the line.
/// </summary>
public interface ILayoutReader
{
    /// <summary>The id of the form it reads (rules/vocabulary/forms.yaml).</summary>
    string Layout { get; }

    /// <summary>How strongly the content looks like this layout: 0 (not at all) to 1 (certain).</summary>
    double Match(SourceText source);

    /// <summary>Every table found, in source order. Header fields, goals and indicators keep their locations.</summary>
    IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context);
}
