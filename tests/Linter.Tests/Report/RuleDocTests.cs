using GoalLint.Report.RuleDocs;

namespace GoalLint.Tests.Report;

/// <summary>
/// Rule doc pages are generated where they can be and complete where they are written: each page's
/// header comes from its rule file, docs/rules.md from the rules and the code, and CI fails when
/// either is stale. After editing or merging rules, regenerate both with
/// <c>GOALLINT_UPDATE_GOLDEN=1 dotnet test Linter.sln --filter RuleDocTests</c> and review the diff.
/// </summary>
public sealed class RuleDocTests
{
    private static readonly string Rules = Repo.InRepo("rules");

    public static TheoryData<string> RuleFiles => new(Directory.EnumerateDirectories(Rules)
        .Where(d => File.Exists(Path.Combine(d, "pack.yaml")))
        .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml"))
        .Where(f => Path.GetFileName(f) != "pack.yaml")
        .Select(f => Path.GetRelativePath(Rules, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Doc_page_header_matches_its_rule_file(string rule)
    {
        var yaml = Path.Combine(Rules, rule);
        var page = Path.ChangeExtension(yaml, ".md");
        Golden.AssertMatches(page, RuleDocHeader.Apply(File.Exists(page) ? File.ReadAllText(page) : "", RuleDocHeader.For(yaml)));
    }

    [Fact]
    public void Reference_page_lists_every_rule_check_kind_field_and_ingest_code()
    {
        var docs = Repo.InRepo("docs");
        Golden.AssertMatches(Path.Combine(docs, "rules.md"), RuleReference.Render(RuleReference.Shipped(Rules), docs));
    }
}
