using System.Text.RegularExpressions;
using GoalLint.Check.Rules;
using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Tests.Shared;

/// <summary>The message catalogue is complete: both languages everywhere, every id the code or a shipped report template names is there, and none is left unused.</summary>
public sealed partial class MessageCatalogueTests
{
    /// <summary>Ids the code builds from a name (category.ID, doc.kind.NAME, code.CODE, measure.NAME …) rather than spelling out.</summary>
    private static readonly string[] BuiltPrefixes = ["category.", "format.", "severity.", "doc.", "code.", "measure.", "workbench."];

    public static TheoryData<string> Ids => new(MessageCatalogue.Ids.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Both_languages_fill_the_same_placeholders(string id)
    {
        var zh = MessageCatalogue.Template(id, Language.Zh)!;
        var en = MessageCatalogue.Template(id, Language.En)!;
        Assert.False(string.IsNullOrWhiteSpace(zh.Source));
        Assert.False(string.IsNullOrWhiteSpace(en.Source));
        Assert.Equal(en.Placeholders.Order(StringComparer.Ordinal), zh.Placeholders.Order(StringComparer.Ordinal));
        Assert.Matches("^[a-z]+(\\.[A-Za-z0-9-]+)+$", id);
    }

    [Fact]
    public void Every_id_the_code_spells_out_is_in_the_catalogue_and_every_entry_is_used()
    {
        var used = Directory.EnumerateFiles(Repo.InRepo("src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repo.InRepo("reports"), "*.scriban"))
            .SelectMany(f => IdLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(id => !BuiltPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        AssertNone(used.Where(id => !MessageCatalogue.Contains(id)), "used in the code but not in the catalogue");
        AssertNone(MessageCatalogue.Ids.Where(id => !BuiltPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal)) && !used.Contains(id)), "in the catalogue but used nowhere");
    }

    [Fact]
    public void Every_category_format_measure_and_workbench_state_has_a_name()
    {
        var built = Category.All.Select(c => "category." + c)
            .Concat(Enum.GetNames<SourceFormat>().Select(n => "format." + n))
            .Concat(Enum.GetNames<Measure>().Select(n => "measure." + n.ToLowerInvariant()))
            .Concat(GoalLint.Serve.Pages.Words.DecisionIds.Select(d => "workbench.decision." + d))
            .Concat(GoalLint.Serve.Data.Users.Roles.Select(r => "workbench.role." + r))
            .Concat(GoalLint.Serve.Pages.Words.UploadStatusIds.Select(s => "workbench.upload." + s));
        var names = built.ToHashSet(StringComparer.Ordinal);
        AssertNone(names.Where(id => !MessageCatalogue.Contains(id)), "without a name");
        AssertNone(MessageCatalogue.Ids.Where(id => id.StartsWith("workbench.", StringComparison.Ordinal) && !names.Contains(id)), "workbench names of no state");
        AssertNone(MessageCatalogue.Ids.Where(id => id.StartsWith("category.", StringComparison.Ordinal) && !Category.All.Contains(id["category.".Length..])), "not a category of finding-categories.md");
    }

    [Fact]
    public void A_message_renders_in_the_language_asked_for_with_its_arguments()
    {
        var message = Message.Of("ingest.shifted-row", ("line", 51), ("how", Message.Of("ingest.shift.left")), ("path", "效益指标 › 经济效益指标"));
        Assert.Equal("第 51 行：该行单元格整体比表头左移了一列。已按「效益指标 › 经济效益指标」读取，请核对原表。", message.Text(Language.Zh));
        Assert.Equal("Line 51: its cells sit one column left of their headers. It was read as 效益指标 › 经济效益指标; check the source table.", message.Text(Language.En));
        Assert.Equal("文件大小 1,048,577 字节，超过 1,048,576 字节的上限，未读取。", Message.Of("ingest.file-too-large", ("bytes", 1_048_577L), ("cap", 1_048_576L)).Text(Language.Zh));
    }

    [Fact]
    public async Task The_run_language_flows_with_the_run_and_defaults_to_chinese()
    {
        Assert.Equal(Language.Zh, RunLanguage.Current);
        await Task.Run(() =>
        {
            RunLanguage.Current = Language.En;
            Assert.Equal("The file does not exist.", Message.Of("ingest.missing-file").ToString());
        });
        Assert.Equal("文件不存在。", Message.Of("ingest.missing-file").ToString());
    }

    private static void AssertNone(IEnumerable<string> ids, string what)
    {
        var list = ids.ToArray();
        Assert.True(list.Length == 0, $"{what}: {string.Join(", ", list)}");
    }

    [Fact]
    public void Every_code_the_readers_report_is_described()
    {
        var codes = Directory.EnumerateFiles(Repo.InRepo("src", "Linter", "Ingest"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ReportedCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(codes);
        AssertNone(codes.Where(c => !MessageCatalogue.Contains("code." + c)), "ingest codes without a code.* description");
        AssertNone(MessageCatalogue.Ids.Where(id => id.StartsWith("code.", StringComparison.Ordinal) && !codes.Contains(id["code.".Length..])), "code.* entries no reader reports");
    }

    [GeneratedRegex("Report\\(\\s*\"([a-z0-9-]+)\"")]
    private static partial Regex ReportedCode();

    [GeneratedRegex("\"((?:ingest|normalise|check|report|template|category|format|severity|doc|code)\\.[A-Za-z0-9.-]+)\"")]
    private static partial Regex IdLiteral();
}
