using BenchmarkDotNet.Attributes;
using GoalLint.Normalise;

namespace GoalLint.Benchmarks.Micro;

/// <summary>The value parser on the shapes of value the generated and real tables hold, one call each.</summary>
[Config(typeof(MicroConfig))]
public class ValueParserBench
{
    [Params("≥95%", "100%", "≥120人次", "≤345.5万元", "2024年12月底前", "显著提升", "≥ 9 0 ％", "3-5个工作日")]
    public string Value { get; set; } = "";

    [Benchmark]
    public object Parse() => ValueParser.Parse(Value);
}
