using System.Text;
using GoalLint.Check.Packs;
using GoalLint.Check.Rules;
using GoalLint.Check.Yaml;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// Rule packs and configs come from many cities. A YAML file that is a bomb, too big, too deep
/// or full of keys GoalLint does not know is refused with a located message; it never hangs,
/// overflows the stack or is half-read.
/// </summary>
public sealed class HostileYamlTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Ten levels of ten aliases each: 10^10 words once expanded, 700 bytes on disk.</summary>
    [Fact]
    public void An_alias_bomb_in_a_config_is_refused_where_it_passes_the_budget()
    {
        var yaml = new StringBuilder("rules:\n  vague-value:\n    params:\n      words:\n        - &a0 [稳步, 稳步, 稳步, 稳步, 稳步, 稳步, 稳步, 稳步, 稳步, 稳步]\n");
        for (var level = 1; level < 10; level++)
        {
            yaml.Append($"        - &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        var error = Assert.Throws<ConfigurationException>(() => RuleSetBuilder.Build(new RuleSetOptions { Config = _dir.Write("bomb.yaml", yaml.ToString()) }));

        var located = Assert.Single(error.Errors);
        Assert.Equal("bomb.yaml", Path.GetFileName(located.File));
        Assert.Equal(9, located.Line);
        Assert.Contains("alias bomb", located.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_that_share_a_word_list_still_load()
    {
        const string yaml = """
            rules:
              vague-value:
                params:
                  words: &shared [稳中有进, 持续向好]
              cost-not-a-cost:
                params:
                  words: *shared
            """;

        var rules = RuleSetBuilder.Build(new RuleSetOptions { Config = _dir.Write("shared.yaml", yaml) });

        Assert.Equal(["稳中有进", "持续向好"], (IEnumerable<string>)rules.Rules.Single(r => r.Rule.Id == "cost-not-a-cost").Params["words"]);
    }

    /// <summary>The alias count is skipped for a file with no anchor: a long plain list under the size cap is no bomb.</summary>
    [Fact]
    public void A_long_list_without_anchors_passes_the_alias_budget()
    {
        var yaml = "words:\n" + string.Concat(Enumerable.Repeat("  - 稳步\n", (int)AliasBudget.MaxNodes + 1));

        Assert.Null(Record.Exception(() => AliasBudget.Check(yaml)));
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_unread()
    {
        var path = _dir.Write("huge.yaml", "description: x\n# " + new string('x', 2 * 1024 * 1024) + "\n");

        var error = Assert.Throws<ConfigurationException>(() => YamlFiles.Read<ProfileFile>(path, "huge.yaml"));

        Assert.StartsWith("huge.yaml: error: the file is 2,097,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_a_thousand_deep_is_a_located_error_not_a_stack_overflow()
    {
        var yaml = "description: x\nrules:\n  vague-value:\n    params:\n      words: " + new string('[', 1_000) + new string(']', 1_000) + "\n";

        var error = Assert.Throws<ConfigurationException>(() => YamlFiles.Parse<ProfileFile>(yaml, "deep.yaml"));

        Assert.Matches(@"^deep\.yaml\(5,\d+\): error: ", error.Message);
    }

    public static TheoryData<string, string, string> UnknownKeys => new()
    {
        { "config", "extends: dongguan\nfail-on: warning\ncolour: red\n", "(3,1)" },
        { "profile", "description: x\npacks: []\nrules:\n  vague-value:\n    severity: error\n    weight: 3\n", "(6,5)" },
        { "pack", "id: city\nowner: someone\n", "(2,1)" },
    };

    [Theory]
    [MemberData(nameof(UnknownKeys))]
    public void An_unknown_key_is_a_located_error_naming_it(string kind, string yaml, string at)
    {
        var path = _dir.Write(kind + ".yaml", yaml);

        var error = Assert.Throws<ConfigurationException>(() => _ = kind == "pack" ? YamlFiles.Read<PackFile>(path, "x.yaml") : (object)YamlFiles.Read<ProfileFile>(path, "x.yaml"));

        Assert.StartsWith("x.yaml" + at + ": error: unknown key '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_file_bomb_is_refused_too()
    {
        var yaml = "id: bomb\ntitle: t\ncategory: vague-value\nseverity: warning\nmessage: \"{evidence}\"\ncheck:\n  kind: text\n  field: indicator.name\nparams:\n  words:\n    - &a0 [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(1, 9).Select(l => $"    - &a{l} [{string.Join(", ", Enumerable.Repeat($"*a{l - 1}", 10))}]\n"));

        var error = Assert.Throws<ConfigurationException>(() => RuleLoader.Load(_dir.Write("bomb.yaml", yaml), "bomb.yaml", "test"));

        Assert.StartsWith("bomb.yaml(15,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_that_is_a_fifo_is_refused_without_waiting()
    {
        var fifo = _dir.PathOf("fifo.yaml");
        Assert.Equal(0, MkFifo(fifo, 0b110_000_000));

        var error = Assert.Throws<ConfigurationException>(() => RuleSetBuilder.Build(new RuleSetOptions { Config = fifo }));

        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/etc/hostname")]
    public void A_config_linked_out_of_its_folder_is_refused(string target)
    {
        var link = _dir.PathOf("linked.yaml");
        File.CreateSymbolicLink(link, target);

        var error = Assert.Throws<ConfigurationException>(() => YamlFiles.Read<ProfileFile>(link, "linked.yaml"));

        Assert.StartsWith("linked.yaml: error: a symbolic link to " + target, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_linked_inside_its_folder_is_read()
    {
        var link = _dir.PathOf("linked.yaml");
        File.CreateSymbolicLink(link, _dir.Write("real.yaml", "description: x\n"));

        Assert.Equal("x", YamlFiles.Read<ProfileFile>(link, "linked.yaml").Description);
    }

    /// <summary>The scanner's work per open level made 200,000 brackets quadratic (95 s); the check before it is one pass.</summary>
    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void Deep_nesting_is_refused_in_one_pass(string open, string close)
    {
        var yaml = "description: x\nrules:\n  vague-value:\n    params:\n      words: " + string.Concat(Enumerable.Repeat(open, 200_000)) + "x" + string.Concat(Enumerable.Repeat(close, 200_000)) + "\n";

        var error = Assert.Throws<ConfigurationException>(() => YamlFiles.Parse<ProfileFile>(yaml, "deep.yaml"));

        Assert.Matches(@"^deep\.yaml\(5,\d+\): error: .*nested more than 64 levels", error.Message);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MkFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int mode);
}
