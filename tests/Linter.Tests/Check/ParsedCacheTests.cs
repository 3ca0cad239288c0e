using GoalLint.Check.Kinds;
using GoalLint.Check.Packs;
using GoalLint.Check.Rules;
using GoalLint.Check.Yaml;
using GoalLint.Report;
using GoalLint.Shared;
using GoalLint.Shared.Cache;
using GoalLint.Shared.Messages;

namespace GoalLint.Tests.Check;

/// <summary>
/// The parsed-rule cache changes only how fast a rule set loads: a hit gives the findings of a
/// miss, an edited file or a damaged entry is parsed again (and a damaged entry rewritten), and a
/// file that does not load fails with the same located error whatever the cache holds. The
/// folder does not grow without bound.
/// </summary>
public sealed class ParsedCacheTests : IDisposable
{
    private readonly TempFolder _dir = new();

    /// <summary>The shipped vocabulary, forms and messages load once per process: loaded here first, so the counts below are the rule set's alone.</summary>
    public ParsedCacheTests() => _ = (Vocabulary.Shipped, FormSpecs.All.Count(), MessageCatalogue.Ids.Count());

    public void Dispose() => _dir.Dispose();

    private static string LintExamples(RuleSetOptions options)
    {
        var files = Directory.GetFiles(Repo.InRepo("examples")).Order(StringComparer.Ordinal).ToArray();
        var result = LintPipeline.Lint(files, RuleSetBuilder.Build(options), f => "examples/" + Path.GetFileName(f));
        return ReportFormats.All["text"].Render(result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("hebei")]
    public void A_hit_gives_the_findings_of_a_miss(string? profile)
    {
        var options = new RuleSetOptions { Profile = profile };
        using var cache = ParsedCache.Use(_dir.PathOf("cache"));

        var missed = LintExamples(options);
        var (hits, misses) = (cache.Hits, cache.Misses);
        var hit = LintExamples(options);

        Assert.Equal(0, hits);
        Assert.True(misses > 50, $"{misses} files parsed");
        Assert.Equal(misses, cache.Hits);
        Assert.Equal(misses, cache.Misses);
        Assert.Equal(missed, hit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"Id\":")]
    [InlineData("[1, 2]")]
    [InlineData("{\"Check\":{\"$kind\":\"no-such-kind\"}}")]
    [InlineData("\u0000\u00ff not json")]
    public void A_damaged_entry_is_parsed_again_and_rewritten(string damage)
    {
        using var cache = ParsedCache.Use(_dir.PathOf("cache"));
        var before = LintExamples(new RuleSetOptions());
        var entries = Directory.GetFiles(cache.Folder);
        foreach (var entry in entries)
        {
            File.WriteAllText(entry, damage);
        }

        var misses = cache.Misses;
        var after = LintExamples(new RuleSetOptions());

        Assert.Equal(before, after);
        Assert.Equal(entries.Length, cache.Misses - misses);
        Assert.All(entries, e => Assert.NotEqual(damage, File.ReadAllText(e)));
    }

    [Fact]
    public void An_edited_rule_file_is_read_again()
    {
        using var cache = ParsedCache.Use(_dir.PathOf("cache"));
        using var pack = new TempPack();
        var rule = Path.Combine(pack.PackDir, "training.yaml");
        File.WriteAllText(rule, TextRule("培训"));
        pack.Build();
        File.WriteAllText(rule, TextRule("会议"));

        var rules = pack.Build();

        Assert.Equal(["会议"], rules.Rules.Single(r => r.Rule.Id == "training").Params["words"] as IEnumerable<string>);
    }

    [Theory]
    [InlineData("id: broken\ntitle: t\ncategory: structure\nmessage: m\ncheck:\n  kind: text\n  field: indicator.nmae\n")]
    [InlineData("id: broken\ntitle: t\ncategory: no-such-category\nmessage: m\ncheck: { kind: text }\n")]
    [InlineData("id: broken\ntitle: [t\n")]
    [InlineData("id: not-its-name\ntitle: t\ncategory: structure\nmessage: m\ncheck: { kind: text, field: indicator.name }\nparams: { words: [x] }\n")]
    public void A_file_that_does_not_load_fails_alike_with_or_without_entries(string yaml)
    {
        using var pack = new TempPack();
        File.WriteAllText(Path.Combine(pack.PackDir, "broken.yaml"), yaml);
        string Error()
        {
            var error = Assert.Throws<ConfigurationException>(() => pack.Build());
            return string.Join("\n", error.Errors.Select(e => $"{e.File}({e.Line},{e.Column}): {e.Message}"));
        }

        using var cache = ParsedCache.Use(_dir.PathOf("cache"));
        var cold = Error();
        var warm = Error();

        Assert.Equal(cold, warm);
        Assert.Contains("broken.yaml(", cold, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_keeps_its_newest_entries_and_loses_old_leftovers()
    {
        var folder = _dir.PathOf("trim");
        var now = DateTime.UtcNow;
        string Entry(string name, int hoursOld)
        {
            var path = _dir.Write("trim/" + name, name);
            File.SetLastWriteTimeUtc(path, now.AddHours(-hoursOld));
            return name;
        }

        string[] kept = [Entry("a.json", 1), Entry("b.json", 2), Entry("c.json", 3), Entry("fresh.json.1a2b.tmp", 0), Entry("notes.txt", 9)];
        Entry("d.json", 4);
        Entry("e.json", 5);
        Entry("killed.json.3c4d.tmp", 2);

        CacheFolder.TrimOnce(folder, "*.json", keep: 3);
        File.SetLastWriteTimeUtc(_dir.Write("trim/f.json", "f"), now.AddHours(-6));
        CacheFolder.TrimOnce(folder, "*.json", keep: 3);

        Assert.Equal(kept.Append("f.json").Order(StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_parse_that_writes_an_entry_clears_what_a_killed_run_left()
    {
        var folder = _dir.PathOf("leftovers");
        var leftover = _dir.Write("leftovers/0123456789abcdef0123456789abcdef.entry.1a2b3c4d.tmp", "{\"Id\":");
        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddDays(-2));

        using (ParsedCache.Use(folder))
        {
            LintExamples(new RuleSetOptions());
        }

        Assert.False(File.Exists(leftover));
        Assert.NotEmpty(Directory.GetFiles(folder, "*.entry"));
    }

    /// <summary>
    /// Every settable property of a rule (with each check kind), a pack and a profile, set away from
    /// its default, reads back from an entry as it was written: a property the binary form forgets fails here.
    /// </summary>
    [Fact]
    public void Every_property_of_every_kept_type_reads_back()
    {
        var rules = CheckKinds.ByName.Values.Select(kind => ConfigRoundTrip.Filled<RuleFile>(check: kind)).ToArray();
        var pack = ConfigRoundTrip.Filled<PackFile>();
        var profile = ConfigRoundTrip.Filled<ProfileFile>();

        Assert.All(rules, rule => ConfigRoundTrip.AssertSame(rule, ConfigRoundTrip.RoundTrip(rule)));
        ConfigRoundTrip.AssertSame(pack, ConfigRoundTrip.RoundTrip(pack));
        ConfigRoundTrip.AssertSame(profile, ConfigRoundTrip.RoundTrip(profile));
    }

    /// <summary>The same for the shipped vocabulary, forms and message catalogue.</summary>
    [Fact]
    public void Every_property_of_the_shipped_data_files_reads_back()
    {
        var vocabulary = ConfigRoundTrip.Filled<VocabularyFile>();
        var forms = ConfigRoundTrip.Filled<FormsFile>();
        var messages = ConfigRoundTrip.Filled<Dictionary<string, Dictionary<string, string>>>();

        ConfigRoundTrip.AssertSame(vocabulary, ConfigRoundTrip.RoundTrip(vocabulary, SharedParsedBinary.Vocabulary));
        ConfigRoundTrip.AssertSame(forms, ConfigRoundTrip.RoundTrip(forms, SharedParsedBinary.Forms));
        ConfigRoundTrip.AssertSame(messages, ConfigRoundTrip.RoundTrip(messages, SharedParsedBinary.Messages));
    }

    private static string TextRule(string word) => $"""
        id: training
        title: Test text rule
        category: vague-value
        message: "{'{'}evidence{'}'}"
        check:
          kind: text
          field: indicator.name
        params:
          words: [{word}]
        """;
}
