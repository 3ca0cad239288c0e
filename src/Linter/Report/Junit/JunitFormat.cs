using System.Globalization;
using System.Text;
using System.Xml;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Report.Baseline;

namespace GoalLint.Report.Junit;

/// <summary>
/// JUnit XML for CI test panels: one testsuite per file, one testcase per table (named by
/// 项目名称), one failure per finding at or above the gate's severity; findings below it go to
/// the test case's system-out so they stay visible without failing it. File-level findings
/// (unreadable file, unknown layout) get a test case of their own. Waived and baselined findings
/// never fail; they are listed in system-out marked "waived" or "baselined".
/// </summary>
public sealed class JunitFormat(FailOn failOn) : ITriagedFormat
{
    public JunitFormat()
        : this(FailOn.Error)
    {
    }

    public string Name => "junit";

    public string Extension => ".xml";

    /// <summary>A test case per table, named by its project.</summary>
    public bool ReadsTables => true;

    public string Render(LintResult result) => Render(result, Triage.None);

    public string Render(LintResult result, Triage triage)
    {
        bool Fails(Finding f) => f.State == FindingState.New && triage.WaiverFor(f) is null && Gate.Reaches(f, failOn);

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var w = XmlWriter.Create(stream, settings))
        {
            var byFile = result.Findings.Concat(triage.BaselinedFindings).ToLookup(f => f.File, StringComparer.Ordinal);
            var suites = result.Documents.OrderBy(d => d.Path, StringComparer.Ordinal).Select(d => new
            {
                d.Path,
                Cases = Cases(d, byFile[d.Path].ToArray()),
            }).ToArray();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", "goallint");
            Counts(w, suites.Sum(s => s.Cases.Count), suites.Sum(s => s.Cases.Count(c => c.Findings.Any(Fails))));
            foreach (var suite in suites)
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", Clean(suite.Path));
                Counts(w, suite.Cases.Count, suite.Cases.Count(c => c.Findings.Any(Fails)));
                foreach (var (name, findings) in suite.Cases)
                {
                    WriteCase(w, suite.Path, name, findings, Fails);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        return InertText.XmlEscaped(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static List<(string Name, Finding[] Findings)> Cases(Model.PerformanceDocument document, Finding[] findings)
    {
        var cases = new List<(string, Finding[])>();
        var fileLevel = findings.Where(f => f.Table is null || document.Tables.All(t => t.Index != f.Table.Index)).ToArray();
        if (fileLevel.Length > 0 || document.Tables.Count == 0)
        {
            cases.Add(("(file)", fileLevel));
        }

        foreach (var table in document.Tables.OrderBy(t => t.Index))
        {
            var name = table.Header.ProjectName?.Text is { Length: > 0 } project ? project : table.Title?.Text ?? "";
            cases.Add(($"表{table.Index + 1} {name}".TrimEnd(), findings.Where(f => f.Table?.Index == table.Index).ToArray()));
        }

        return cases;
    }

    private static void WriteCase(XmlWriter w, string file, string name, Finding[] findings, Func<Finding, bool> fails)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("classname", Clean(file));
        w.WriteAttributeString("name", Clean(name));
        foreach (var f in findings.Where(fails))
        {
            w.WriteStartElement("failure");
            w.WriteAttributeString("type", Clean(f.RuleId));
            w.WriteAttributeString("message", Clean(f.Message));
            w.WriteString(Clean(Describe(f)));
            w.WriteEndElement();
        }

        var below = findings.Where(f => !fails(f)).ToArray();
        if (below.Length > 0)
        {
            w.WriteElementString("system-out", Clean(string.Join("\n", below.Select(f => $"{State(f)}{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}: {Describe(f)}"))));
        }

        w.WriteEndElement();
    }

    private static void Counts(XmlWriter w, int tests, int failures)
    {
        w.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("errors", "0");
        w.WriteAttributeString("skipped", "0");
    }

    /// <summary>"waived " or "baselined " before a finding the gate does not count, as the text and JSON outputs mark it.</summary>
    private static string State(Finding f) => f.State == FindingState.New ? "" : f.State.ToString().ToLowerInvariant() + " ";

    private static string Describe(Finding f) =>
        $"{f.File}({f.At}) [{f.Category}] {f.Message} 「{f.Evidence}」" + (f.Suggestion is { Length: > 0 } s ? $" → {s}" : "");

    /// <summary>Submission text may hold control characters XML cannot carry; they become U+FFFD instead of breaking the file.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text, i++, 2);
            }
            else
            {
                sb.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return sb.ToString();
    }
}
