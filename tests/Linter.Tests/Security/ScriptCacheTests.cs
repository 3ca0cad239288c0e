using GoalLint.Tests.Check;

namespace GoalLint.Tests.Security;

/// <summary>
/// The script cache is verified: an entry runs only when its recorded hash matches this script's
/// text, this tool and its own bytes. A swapped, foreign or corrupt entry is compiled afresh (the
/// rule still reports its own findings), and a cache that cannot be written costs only speed.
/// </summary>
public sealed class ScriptCacheTests
{
    private static readonly string Corpus = Repo.CorpusFile("dongguan-tgao-2023-goals.txt");

    private static string Reporter(string word) =>
        $"foreach (var i in Table!.Indicators) {{ if (i.Name is {{ }} n && n.Text.Contains(\"{word}\")) {{ Report(n, i); }} }}";

    [Fact]
    public void An_entry_swapped_in_from_another_rule_is_not_run()
    {
        using var pack = new TempPack().ScriptRule("training", Reporter("培训")).ScriptRule("other", Reporter("满意度"));
        pack.Build(new HashSet<string> { "training", "other" });
        var entries = Directory.GetFiles(pack.CacheDir).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, entries.Length);

        // Each entry now holds the other script's assembly under its own name.
        var (a, b) = (File.ReadAllBytes(entries[0]), File.ReadAllBytes(entries[1]));
        File.WriteAllBytes(entries[0], b);
        File.WriteAllBytes(entries[1], a);
        var rules = pack.Build(new HashSet<string> { "training" });

        Assert.Equal(1, rules.Code.Scripts.Compilations);
        var findings = LintPipeline.Lint([Corpus], rules).Findings;
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains("培训", f.Evidence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("foreign")]
    [InlineData("truncated")]
    [InlineData("bit flipped")]
    public void A_bad_entry_is_compiled_afresh_never_an_internal_error(string damage)
    {
        using var pack = new TempPack().ScriptRule("training", Reporter("培训"));
        pack.Build(new HashSet<string> { "training" });
        var entry = Assert.Single(Directory.GetFiles(pack.CacheDir));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "foreign" => File.ReadAllBytes(typeof(ScriptCacheTests).Assembly.Location),
            "truncated" => bytes[..(bytes.Length / 2)],
            _ => [.. bytes[..^1], (byte)(bytes[^1] ^ 1)],
        });

        var rules = pack.Build(new HashSet<string> { "training" });

        Assert.Equal(1, rules.Code.Scripts.Compilations);
        Assert.NotEmpty(LintPipeline.Lint([Corpus], rules).Findings);
    }

    [Fact]
    public void An_unwritable_cache_means_no_disk_cache_and_one_notice()
    {
        using var pack = new TempPack().ScriptRule("training", Reporter("培训")).ScriptRule("other", Reporter("满意度"));
        File.WriteAllText(pack.CacheDir, "a file where the cache folder should be");

        var rules = pack.Build(new HashSet<string> { "training", "other" });

        Assert.Equal(2, rules.Code.Scripts.Compilations);
        Assert.Contains("cannot be written", rules.Code.Scripts.CacheNotice, StringComparison.Ordinal);
        Assert.NotEmpty(LintPipeline.Lint([Corpus], rules).Findings);
    }
}
