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

    /// <summary>Report each code once per file (the first place, with the count): one export fault is one thing to fix.</summary>
    public bool OncePerFile { get; set; }

    public override IReadOnlyCollection<string> ProvidedValues => ["code", "detail"];

    public override object CreateAnalyzer(CheckSetup setup) => new Analyzer(this);

    private sealed class Analyzer(IngestCheck spec) : IDocumentAnalyzer
    {
        public void Analyze(AnalysisContext context)
        {
            foreach (var document in context.Documents)
            {
                var groups = spec.OncePerFile
                    ? document.Diagnostics.Where(Selected).GroupBy(d => d.Code, d => d)
                    : document.Diagnostics.Where(Selected).Select((d, i) => (d, i)).GroupBy(p => p.i.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.d);
                foreach (var same in groups)
                {
                    var diagnostic = same.First();
                    var table = document.Tables.FirstOrDefault(t => t.At.Line <= diagnostic.At.Line && diagnostic.At.Line <= t.EndLine);
                    var detail = same.Count() == 1 ? diagnostic.Message
                        : $"{diagnostic.Message}（同一原因本文件共 {same.Count()} 处，见第 {string.Join("、", same.Select(d => d.At.Line).Distinct().Take(12))} 行）";
                    var values = new Dictionary<string, string> { ["code"] = diagnostic.Code, ["detail"] = detail };
                    context.ReportOn(document, table, diagnostic.At, diagnostic.Evidence ?? diagnostic.Message, values: values);
                }
            }
        }

        private bool Selected(IngestDiagnostic diagnostic) =>
            (spec.Codes.Count == 0 || spec.Codes.Contains(diagnostic.Code)) && !spec.ExceptCodes.Contains(diagnostic.Code);
    }
}
