using GoalLint.Model;
using GoalLint.Normalise;
using GoalLint.Shared;

namespace GoalLint.Tests.Normalise;

/// <summary>MeasureClassifier against measure-cases.tsv: what an indicator measures, from its name and its target.</summary>
public class MeasureClassifierTests
{
    private static readonly string CaseFile = Repo.InRepo("tests", "Linter.Tests", "Normalise", "measure-cases.tsv");

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(CaseFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            data.Add(columns[0], columns[1], columns[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Measure_reads_as_the_case_file_says(string name, string annualValue, string measure)
    {
        var at = new SourceLocation(1, 1);
        var indicator = new Indicator
        {
            Name = new TextField(name, at),
            AnnualValue = new IndicatorValue(new TextField(annualValue, at), ValueParser.Parse(annualValue)),
        };

        Assert.Equal(measure, MeasureClassifier.Classify(indicator, Vocabulary.Shipped).ToString().ToLowerInvariant());
    }

    [Fact]
    public void A_pack_extends_a_measure_and_what_a_category_rejects()
    {
        var addition = VocabularyFile.Parse("""
            measures:
              - { id: time, ends: [办理时长] }
            misfiled-measures:
              quality: [time]
            """, "pack.yaml");
        var vocabulary = Vocabulary.With([addition]);
        var at = new SourceLocation(1, 1);
        var indicator = new Indicator { Name = new TextField("不动产登记办理时长", at) };

        Assert.Equal(Measure.Time, MeasureClassifier.Classify(indicator, vocabulary));
        Assert.True(vocabulary.IsMisfiled(Level2Category.Quality, Measure.Time));
        Assert.True(vocabulary.IsMisfiled(Level2Category.Quantity, Measure.Time));
        Assert.False(Vocabulary.Shipped.IsMisfiled(Level2Category.Quality, Measure.Time));
    }

    [Fact]
    public void An_unknown_measure_is_a_vocabulary_error()
    {
        var addition = VocabularyFile.Parse("misfiled-measures: { quality: [speed] }", "pack.yaml");

        Assert.Throws<VocabularyException>(() => Vocabulary.With([addition]));
    }
}
