using GoalLint.Analysis;
using GoalLint.Tests.Check;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// Compiled plugin analyzers that fail: throw, run out of memory, or run past the time limit
/// (honouring the cancellation token, as the SDK asks). Each becomes a failure of its own rule,
/// and the other rules' findings are kept. The plugin is compiled here, from source, with Roslyn.
/// </summary>
public sealed class HostilePluginTests
{
    private const string Source = """
        using System;
        using GoalLint.Analysis;

        public sealed class Thrower : ITableAnalyzer
        {
            public void Analyze(AnalysisContext context) => throw new InvalidOperationException("boom");
        }

        public sealed class Hog : ITableAnalyzer
        {
            // Over the runtime's largest array: refused at once, without taking the machine's memory.
            public void Analyze(AnalysisContext context) => GC.KeepAlive(new byte[int.MaxValue]);
        }

        public sealed class Looper : IRunAnalyzer
        {
            public void Analyze(AnalysisContext context)
            {
                while (true) { context.Cancellation.ThrowIfCancellationRequested(); }
            }
        }
        """;

    private static readonly string Corpus = Repo.CorpusFile("dongguan-tgao-2023-goals.txt");

    [Theory]
    [InlineData("Thrower", "InvalidOperationException: boom")]
    [InlineData("Hog", "OutOfMemoryException")]
    [InlineData("Looper", "time limit")]
    public void A_failing_plugin_fails_its_rule_and_the_run_goes_on(string analyzer, string message)
    {
        using var pack = new TempPack();
        Compile(Path.Combine(pack.PackDir, "hostile.dll"));
        pack.PluginRule("hostile", analyzer, "hostile.dll");
        var rules = pack.Build(new HashSet<string> { "hostile", "vague-value" });

        var result = LintPipeline.Lint([Corpus], rules);

        var failure = Assert.Single(result.RuleFailures);
        Assert.Equal("hostile", failure.RuleId);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == "vague-value");
    }

    private static void Compile(string path)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(ITableAnalyzer).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("hostile", [CSharpSyntaxTree.ParseText(Source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
