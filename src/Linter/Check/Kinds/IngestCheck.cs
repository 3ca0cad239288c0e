using GoalLint.Analysis;
using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>
/// Turns what the readers met (shifted rows, unrecognised layouts, unreadable files, spreadsheet
/// formulas that disagree with their cached values) into findings. <c>codes</c> picks diagnostic
/// codes; <c>except-codes</c> leaves some to other rules; neither stated means every code.
/// </summary>
public sealed class IngestCheck : CheckSpec
{
    public List<string> Codes { get; set; } = [];

    public List<string> ExceptCodes { get; set; } = [];

    public override IReadOnlyCollection<string> ProvidedValues => ["code", "detail"];

    public override object CreateAnalyzer(CheckSetup setup) => new Analyzer(this);

    private sealed class Analyzer(IngestCheck spec) : IRunAnalyzer
    {
        public void Analyze(AnalysisContext context)
        {
            foreach (var document in context.Documents)
            {
                foreach (var diagnostic in document.Diagnostics.Where(Selected))
                {
                    var table = document.Tables.FirstOrDefault(t => t.At.Line <= diagnostic.At.Line && diagnostic.At.Line <= t.EndLine);
                    var values = new Dictionary<string, string> { ["code"] = diagnostic.Code, ["detail"] = diagnostic.Message };
                    context.ReportOn(document, table, diagnostic.At, diagnostic.Evidence ?? diagnostic.Message, values: values);
                }
            }
        }

        private bool Selected(IngestDiagnostic diagnostic) =>
            (spec.Codes.Count == 0 || spec.Codes.Contains(diagnostic.Code)) && !spec.ExceptCodes.Contains(diagnostic.Code);
    }
}
