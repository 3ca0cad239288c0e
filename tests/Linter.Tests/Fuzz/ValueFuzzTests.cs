using CsCheck;
using GoalLint.Ingest;
using GoalLint.Model;
using GoalLint.Normalise;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// The value parser over the corpus's real 指标值, mutated the way cells arrive: cut, doubled,
/// spliced with another value, full-width or hostile characters dropped in. Random text and
/// megabyte values are covered by ValueParserTests; this starts from what submitters write.
/// A failure is shrunk by CsCheck to the smallest value that still breaks a property, and its
/// seed printed (CsCheck_Seed=… reruns it).
/// </summary>
public sealed class ValueFuzzTests
{
    private static readonly string[] Inserts = ["≥", "％", "万元", "—", "\u3000", "\u202E", "\0", "１２", ".", "-", "年", "1e309", "99999999999999999999999999999", "\uD800", "不低于", "~"];

    private static readonly Lazy<string[]> Values = new(() =>
    {
        var loader = DocumentLoader.CreateDefault();
        return Directory.GetFiles(Repo.Corpus).Order(StringComparer.Ordinal)
            .SelectMany(f => Normaliser.Normalise(loader.Load(f)).Tables)
            .SelectMany(t => t.Indicators)
            .SelectMany(i => new[] { i.CycleValue, i.AnnualValue, i.ActualValue })
            .OfType<IndicatorValue>()
            .Select(v => v.Text)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    });

    private static Gen<string> Mutated =>
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, 4], Gen.Int[0, int.MaxValue], (v, w, at, edit, pick) =>
        {
            var value = Values.Value[v % Values.Value.Length];
            var other = Values.Value[w % Values.Value.Length];
            var cut = at % (value.Length + 1);
            return edit switch
            {
                0 => value[..cut],
                1 => value + value,
                2 => value[..cut] + other,
                3 => value.Insert(cut, Inserts[pick % Inserts.Length]),
                _ => value[cut..] + value[..cut],
            };
        });

    [Fact]
    public void The_corpus_has_values_to_mutate() => Assert.True(Values.Value.Length > 100, $"{Values.Value.Length} values");

    [Fact]
    public void Mutated_corpus_values_parse_without_throwing_and_the_same_every_time()
    {
        Mutated.Sample(text =>
        {
            var parsed = ValueParser.Parse(text);

            Assert.Equal(parsed, ValueParser.Parse(text));
            Assert.True(!string.IsNullOrWhiteSpace(text) || parsed.Kind == ValueKind.Empty, $"blank read as {parsed.Kind}");
            Assert.True(parsed.Kind != ValueKind.Range || parsed.UpperNumber is not null, $"range without an upper bound: {text}");
        }, iter: 5_000);
    }
}
