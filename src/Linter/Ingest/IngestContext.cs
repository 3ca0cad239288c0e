using GoalLint.Model;

namespace GoalLint.Ingest;

/// <summary>Collects located problems while a reader works; readers never throw on bad input.</summary>
public sealed class IngestContext(string path)
{
    private readonly List<IngestDiagnostic> _diagnostics = [];

    public string Path { get; } = path;

    public IReadOnlyList<IngestDiagnostic> Diagnostics => _diagnostics;

    public void Report(string code, string message, SourceLocation at, string? evidence = null) =>
        _diagnostics.Add(new IngestDiagnostic(code, message, at, evidence));
}
