using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>
/// A layout whose file holds documents that were read before (GoalLint's normalised JSON): each
/// comes back with its own path, format, layout and locations, so findings on it name the file
/// the table was first read from.
/// </summary>
public interface IDocumentSetReader : ILayoutReader
{
    /// <summary>The documents the source holds; none when it cannot be read, which is reported with its place.</summary>
    IReadOnlyList<PerformanceDocument> ReadDocuments(SourceText source, IngestContext context);
}
