using GoalLint.Check.Rules;
using GoalLint.Check.Yaml;

namespace GoalLint.Tests.Check;

/// <summary>A broken rule file is a located configuration error, never a crash or a silently ignored key.</summary>
public class RuleFileErrorTests
{
    private const string Valid = """
        id: sample
        title: Sample
        category: vague-value
        severity: warning
        message: "「{evidence}」含「{word}」"
        check:
          kind: text
          field: indicator.annual-value
        params:
          words: [良好]
        """;

    public static TheoryData<string, string, string> Broken => new()
    {
        { Valid.Replace("severity: warning", "severity: warning\nlevel: high"), "(5,1)", "unknown key 'level'" },
        { Valid.Replace("category: vague-value", "category: vagueness"), "(3,11)", "not a finding category" },
        { Valid.Replace("severity: warning", "severity: fatal"), "(4,11)", "'fatal' is not one of: info, warning, error" },
        { Valid.Replace("field: indicator.annual-value", "field: indicator.colour"), "(8,10)", "'indicator.colour' is not a field" },
        { Valid.Replace("kind: text", "kind: text\n  colour: red"), "(8,3)", "unknown key 'colour'" },
        { Valid.Replace("「{word}」", "「{wrod}」"), "sample.yaml:", "unknown placeholder {wrod}" },
        { Valid.Replace("words: [良好]", "words: [良好]\n  colours: [red]"), "sample.yaml:", "'colours' is not a parameter" },
        { Valid.Replace("id: sample", "id: other"), "sample.yaml:", "must equal the file name" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_rule_file_is_a_located_error(string yaml, string location, string message)
    {
        var dir = Directory.CreateTempSubdirectory("goallint-rule-");
        var path = Path.Combine(dir.FullName, "sample.yaml");
        File.WriteAllText(path, yaml);

        var error = Assert.Throws<ConfigurationException>(() => RuleLoader.Load(path, "sample.yaml", "test"));

        Assert.Contains(location, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        dir.Delete(recursive: true);
    }

    [Fact]
    public void Valid_rule_file_loads()
    {
        var dir = Directory.CreateTempSubdirectory("goallint-rule-");
        var path = Path.Combine(dir.FullName, "sample.yaml");
        File.WriteAllText(path, Valid);

        var rule = RuleLoader.Load(path, "sample.yaml", "test");

        Assert.Equal("sample", rule.Id);
        Assert.Equal("vague-value", rule.Category.Name);
        dir.Delete(recursive: true);
    }
}
