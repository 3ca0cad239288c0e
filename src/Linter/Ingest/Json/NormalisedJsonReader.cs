using GoalLint.Shared.Json;
using GoalLint.Shared.Messages;
using System.Text.Json;
using GoalLint.Model;

namespace GoalLint.Ingest.Json;

/// <summary>
/// Reads <c>goallint normalize</c> output back, so a model saved once (or produced by another
/// tool in the same shape) can be linted without the source files. Recognised from the content:
/// a JSON object whose header names GoalLint. Tables keep their own layout and the locations of
/// the files they were read from; the diagnostics met then are reported again.
/// </summary>
public sealed class NormalisedJsonReader : IDocumentSetReader
{
    /// <summary>Evidence quotes at most this much of the damaged line.</summary>
    private const int EvidenceChars = 120;

    public string Layout => FormSpecs.NormalisedJson;

    public double Match(SourceText source) => NormalisedJsonHeader.Sniff(source.Text) is null ? 0 : 1;

    public IReadOnlyList<PerformanceTable> Read(SourceText source, IngestContext context)
    {
        var documents = ReadDocuments(source, context);
        foreach (var diagnostic in documents.SelectMany(d => d.Diagnostics))
        {
            context.Restore(diagnostic);
        }

        return documents.SelectMany(d => d.Tables).ToArray();
    }

    /// <inheritdoc/>
    public IReadOnlyList<PerformanceDocument> ReadDocuments(SourceText source, IngestContext context)
    {
        if (NormalisedJsonHeader.Sniff(source.Text) is not { } header)
        {
            return [];
        }

        if (!header.IsSupported)
        {
            context.Report("unsupported-schema-version",
                Message.Of("ingest.unsupported-schema-version", ("version", header.SchemaVersion), ("supported", NormalisedOutput.CurrentSchemaVersion)),
                header.VersionAt, header.SchemaVersion);
            return [];
        }

        if (!header.HasDocuments)
        {
            context.Report("not-normalised-json",
                Message.Of("ingest.not-normalised-json"),
                new SourceLocation(1, 1));
            return [];
        }

        try
        {
            var documents = JsonSerializer.Deserialize<NormalisedOutput>(source.Text, JsonDefaults.Strict)!.Documents;
            foreach (var document in documents)
            {
                document.Layout = FormSpecs.Resolve(document.Layout) ?? document.Layout;
                foreach (var table in document.Tables)
                {
                    table.Layout = FormSpecs.Resolve(table.Layout) ?? table.Layout;
                }
            }

            return documents;
        }
        catch (JsonException ex)
        {
            var at = JsonPosition.Locate(ex, source.Lines);
            var line = source.Lines[at.Line - 1].Trim();
            context.Report("malformed-json",
                Message.Of("ingest.malformed-json", ("error", ex.Message.Split(" Path: ")[0]), ("path", (object?)ex.Path ?? Message.Of("ingest.json-top"))),
                at, line.Length > EvidenceChars ? line[..EvidenceChars] : line);
            return [];
        }
    }
}
