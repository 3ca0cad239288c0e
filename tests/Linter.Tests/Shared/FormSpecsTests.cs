using GoalLint.Check.Rules;
using GoalLint.Check.Yaml;
using GoalLint.Ingest;
using GoalLint.Ingest.Forms.Blocks;
using GoalLint.Ingest.Forms.PdfText;
using GoalLint.Model;
using GoalLint.Shared;
using GoalLint.Shared.Messages;

namespace GoalLint.Tests.Shared;

/// <summary>rules/vocabulary/forms.yaml: every layout a reader yields is a form there, named for reviewers in both languages.</summary>
public sealed class FormSpecsTests
{
    [Fact]
    public void Every_form_has_an_ascii_id_names_in_both_languages_and_known_table_kinds()
    {
        var kinds = Enum.GetNames<TableKind>().Select(Kebab).ToHashSet(StringComparer.Ordinal);
        Assert.All(FormSpecs.All, form =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", form.Id);
            Assert.False(string.IsNullOrWhiteSpace(form.Name.Zh), form.Id);
            Assert.False(string.IsNullOrWhiteSpace(form.Name.En), form.Id);
            Assert.All(form.Kinds, k => Assert.Contains(k, kinds));
        });
    }

    [Fact]
    public void Every_reader_reads_a_form_and_every_form_but_unknown_has_a_reader()
    {
        var read = LayoutReaders.All.Select(r => r.Layout).ToHashSet(StringComparer.Ordinal);
        Assert.All(read, id => Assert.True(FormSpecs.IsKnown(id), id));
        Assert.Equal(
            FormSpecs.All.Select(f => f.Id).Where(id => id != FormSpecs.Unknown).Order(StringComparer.Ordinal),
            read.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_text_readers_read_the_forms_that_name_them_and_budget_text_only_blocks_it_knows()
    {
        Assert.Equal(PdfTextFormReader.Form, FormSpecs.ReadBy("pdf-text").Id);
        Assert.Equal(BudgetTextReader.Form, FormSpecs.ReadBy("budget-text").Id);
        Assert.All(FormSpecs.All.Where(f => f.Reader == "budget-text").SelectMany(f => f.Blocks), b => Assert.Contains(b, BudgetTextReader.KnownBlocks));
    }

    [Theory]
    [InlineData("hebei-goals", "hebei-goals")]
    [InlineData("guangdongGoalsPdfText", "guangdong-goals-pdf-text")]
    [InlineData("normalisedJson", "normalised-json")]
    [InlineData("no-such-form", null)]
    public void Ids_and_the_names_schema_1_1_wrote_resolve_to_the_form(string written, string? id) =>
        Assert.Equal(id, FormSpecs.Resolve(written));

    [Fact]
    public void A_form_shows_by_its_name_in_the_run_language_and_an_unknown_id_as_itself()
    {
        Assert.Equal("河北 部门预算绩效目标", FormSpecs.Name("hebei-goals"));
        Assert.Equal("city-form", FormSpecs.Name("city-form"));
        RunLanguage.Current = Language.En;
        Assert.Equal("Hebei department budget goals", FormSpecs.Name("hebei-goals"));
        RunLanguage.Current = Language.Zh;
    }

    [Fact]
    public void A_rule_scoped_to_a_layout_that_is_no_form_fails_to_load_with_a_suggestion()
    {
        var dir = Directory.CreateTempSubdirectory("goallint-forms-");
        try
        {
            var path = Path.Combine(dir.FullName, "scoped.yaml");
            File.WriteAllText(path, """
                id: scoped
                title: Scoped
                category: structure
                severity: warning
                message: "「{name}」"
                scope:
                  layouts: [hebei-goal]
                check:
                  kind: text
                  field: indicator.value-basis
                  match: contains
                params:
                  words: [提升]
                """);
            var error = Assert.Throws<ConfigurationException>(() => RuleLoader.Load(path, "scoped.yaml", "test"));
            Assert.Contains("'hebei-goal' is not a form", error.Message);
            Assert.Contains("hebei-goals", error.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
