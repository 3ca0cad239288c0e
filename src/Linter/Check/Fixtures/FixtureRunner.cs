using GoalLint.Check.Engine;
using GoalLint.Check.Packs;

namespace GoalLint.Check.Fixtures;

/// <summary>
/// <c>goallint rules test</c>: runs each rule alone over its fixtures (<c>ID.fixture.*</c> beside
/// the rule file). Bad lines must fire, good lines must stay silent, and a finding on a line
/// nobody annotated is a failure too, so fixtures document every place a rule fires.
/// </summary>
public static class FixtureRunner
{
    public static IReadOnlyList<FixtureResult> Run(RuleSet rules)
    {
        var scratch = Directory.CreateTempSubdirectory("goallint-fixtures-");
        try
        {
            return rules.Rules.Where(r => r.Enabled).Select(r => RunRule(r, rules, scratch.FullName)).ToArray();
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>Sidecar annotations of a spreadsheet fixture.</summary>
    public const string SidecarExtension = ".expect";

    public static IEnumerable<string> FixturesOf(Rules.Rule rule) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(rule.FullPath)!, rule.Id + ".fixture.*")
            .Where(f => !f.EndsWith(SidecarExtension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static Fixture Read(string file) =>
        File.Exists(file + SidecarExtension)
            ? Fixture.ParseSidecar(file, File.ReadAllText(file + SidecarExtension))
            : Fixture.Parse(file, File.ReadAllText(file));

    private static FixtureResult RunRule(ConfiguredRule rule, RuleSet all, string scratch)
    {
        var files = FixturesOf(rule.Rule).ToArray();
        var problems = new List<string>();
        if (files.Length == 0)
        {
            problems.Add($"no fixture: add {rule.Rule.Id}.fixture.txt beside {rule.Rule.DefinedIn}");
        }

        var alone = new RuleSet([rule], all.Code);
        problems.AddRange(Check(rule.Rule.Id, [.. files.Select(Read)], alone, scratch));
        return new FixtureResult(rule.Rule.Id, files, problems);
    }

    /// <summary>
    /// All of a rule's fixtures are linted in one run, so a check across documents (a self-evaluation
    /// against its approved goal table) is tested with one fixture per document.
    /// </summary>
    private static IEnumerable<string> Check(string ruleId, Fixture[] fixtures, RuleSet alone, string scratch)
    {
        if (fixtures.Length == 0)
        {
            yield break;
        }

        var annotated = fixtures.SelectMany(f => f.Expectations).Where(e => e.RuleId == ruleId).ToArray();
        if (!annotated.Any(e => e.Fires) || !annotated.Any(e => !e.Fires))
        {
            yield return $"{string.Join(", ", fixtures.Select(f => Path.GetFileName(f.Path)))}: needs at least one '//ruleid: {ruleId}' (bad) and one '//ok: {ruleId}' (good) annotation";
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fixture in fixtures)
        {
            var input = fixture.Path;
            if (fixture.Text is { } text)
            {
                input = Path.Combine(scratch, Guid.NewGuid().ToString("N") + Path.GetExtension(fixture.Path));
                File.WriteAllText(input, text);
            }

            names[input] = Path.GetFileName(fixture.Path);
        }

        var result = LintPipeline.Lint([.. names.Keys], alone, input => names[input]);
        foreach (var fixture in fixtures)
        {
            foreach (var problem in Check(ruleId, fixture, result.Findings.Where(f => f.File == Path.GetFileName(fixture.Path))))
            {
                yield return problem;
            }
        }

        foreach (var failure in result.RuleFailures)
        {
            yield return $"{string.Join(", ", names.Values)}: the rule failed: {failure.Message}";
        }
    }

    private static IEnumerable<string> Check(string ruleId, Fixture fixture, IEnumerable<Findings.Finding> findings)
    {
        var name = Path.GetFileName(fixture.Path);
        var mine = fixture.Expectations.Where(e => e.RuleId == ruleId).ToArray();
        var fired = findings.Where(f => f.RuleId == ruleId)
            .GroupBy(f => f.At.Cell is null ? f.At.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : f.At.ToString())
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var e in mine)
        {
            if (e.Fires && !fired.ContainsKey(e.Place))
            {
                yield return $"{name}:{e.FixtureLine}: expected {ruleId} to fire on this line, it did not";
            }
            else if (!e.Fires && fired.TryGetValue(e.Place, out var f))
            {
                yield return $"{name}:{e.FixtureLine}: {ruleId} fired on a line marked ok: {f.Message}";
            }
        }

        foreach (var (place, f) in fired.Where(kv => !mine.Any(e => e.Place == kv.Key)))
        {
            yield return $"{name}:{Original(fixture, place)}: unannotated finding of {ruleId}: {f.Message}";
        }
    }

    private static string Original(Fixture fixture, string place) =>
        int.TryParse(place, out var line) && line >= 1 && line <= fixture.OriginalLines.Count
            ? fixture.OriginalLines[line - 1].ToString(System.Globalization.CultureInfo.InvariantCulture)
            : place;
}
