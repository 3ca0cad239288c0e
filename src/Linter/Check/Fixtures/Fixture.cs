using System.Text.RegularExpressions;

namespace GoalLint.Check.Fixtures;

/// <summary>
/// A rule fixture: a small table in any layout GoalLint reads, annotated in place as Semgrep does
/// for code. <c>//ruleid: ID</c> on its own line says the next line must draw a finding of ID;
/// <c>//ok: ID</c> says it must not. Annotation lines are removed before the table is read, so
/// the table reads exactly as a submission would. A spreadsheet fixture cannot hold comments, so
/// its annotations sit in a sidecar <c>NAME.expect</c>, one per line: <c>ruleid: ID @ Sheet!C25</c>.
/// </summary>
public sealed partial class Fixture
{
    private Fixture(string path, string? text, IReadOnlyList<Expectation> expectations, IReadOnlyList<int> originalLines)
    {
        Path = path;
        Text = text;
        Expectations = expectations;
        OriginalLines = originalLines;
    }

    public string Path { get; }

    /// <summary>The fixture without its annotation lines; null for a spreadsheet fixture, which is read as it is.</summary>
    public string? Text { get; }

    public IReadOnlyList<Expectation> Expectations { get; }

    /// <summary>For each line of <see cref="Text"/> (1-based, index + 1), its line in the fixture file.</summary>
    public IReadOnlyList<int> OriginalLines { get; }

    public static Fixture Parse(string path, string content)
    {
        var kept = new List<string>();
        var original = new List<int>();
        var expectations = new List<Expectation>();
        var pending = new List<(bool Fires, string RuleId, int Line)>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var m = Annotation().Match(lines[i]);
            if (m.Success)
            {
                pending.AddRange(m.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(id => (m.Groups["kind"].Value == "ruleid", id, i + 1)));
                continue;
            }

            kept.Add(lines[i]);
            original.Add(i + 1);
            expectations.AddRange(pending.Select(p => new Expectation(p.RuleId, p.Fires, kept.Count, i + 1)));
            pending.Clear();
        }

        return new Fixture(path, string.Join('\n', kept), expectations, original);
    }

    /// <summary>A spreadsheet fixture with its sidecar annotations (<c>ruleid: ID @ Sheet!A1</c>).</summary>
    public static Fixture ParseSidecar(string path, string sidecar)
    {
        var expectations = new List<Expectation>();
        var lines = sidecar.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var m = SidecarLine().Match(lines[i]);
            if (m.Success)
            {
                expectations.Add(new Expectation(m.Groups["id"].Value, m.Groups["kind"].Value == "ruleid", 0, i + 1, m.Groups["cell"].Value));
            }
        }

        return new Fixture(path, null, expectations, []);
    }

    [GeneratedRegex(@"^\s*(?<kind>ruleid|ok)\s*:\s*(?<id>[\w\-]+)\s*@\s*(?<cell>\S+)\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex SidecarLine();

    [GeneratedRegex(@"^\s*//\s*(?<kind>ruleid|ok)\s*:\s*(?<ids>[\w\-, ]+?)\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex Annotation();
}

/// <summary>
/// One annotation: rule <see cref="RuleId"/> must (or must not) fire on <see cref="Line"/> of the
/// stripped text, or at <see cref="Cell"/> (Sheet!A1) of a spreadsheet fixture.
/// </summary>
public sealed record Expectation(string RuleId, bool Fires, int Line, int FixtureLine, string? Cell = null)
{
    /// <summary>The place a finding is matched on: the cell for spreadsheets, the line otherwise.</summary>
    public string Place => Cell ?? Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
