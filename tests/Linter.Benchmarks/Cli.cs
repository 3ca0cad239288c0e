using BenchmarkDotNet.Running;
using GoalLint.Benchmarks.Generator;

namespace GoalLint.Benchmarks;

/// <summary>
/// <c>generate --tables N --seed S --out DIR</c> writes a scale corpus;
/// <c>bench [--tables 10000,50000,100000] [--seed S] [--work DIR] [--goallint PATH] [--config F] [--in-process]</c> measures the built tool
/// (<c>--in-process</c>: only the in-process stage split of the smallest size, with the bytes each stage allocated);
/// <c>floor --dir DIR</c> runs the floor program (the least work an exact linter must do) on a corpus;
/// <c>serve-load [--tables 10000] [--reviewers 20] [--seconds 60]</c> puts the review workbench under reviewers' load;
/// <c>facts --dir DIR</c> measures what the run keeps of each table for the run-scoped rules;
/// <c>micro [BenchmarkDotNet args]</c> runs the in-process micro benchmarks.
/// </summary>
internal static class Cli
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }

        var options = Options.Parse(args.Skip(1));
        switch (args[0])
        {
            case "generate":
                var corpus = CorpusGenerator.Generate(options.Get("out") ?? "generated", int.Parse(options.Get("tables") ?? "1000"), options.Seed);
                Console.WriteLine($"{corpus.Tables} tables in {corpus.Files} files under {corpus.Directory}");
                foreach (var (family, count) in corpus.TablesByFamily)
                {
                    Console.WriteLine($"  {family,-20} {count,8} tables {corpus.IndicatorsByFamily[family],9} indicator rows");
                }

                return 0;
            case "bench":
                return await new EndToEndBench(options).RunAsync();
            case "floor" when options.Get("dir") is { } dir:
                return FloorProgram.Run(dir);
            case "facts" when options.Get("dir") is { } factsDir:
                return FactsCost.Run(factsDir);
            case "serve-load":
                return await new ServeLoad(options).RunAsync();
            case "micro":
                BenchmarkSwitcher.FromAssembly(typeof(Cli).Assembly).Run([.. args.Skip(1)]);
                return 0;
            default:
                return Usage();
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Linter.Benchmarks generate --tables N --seed S --out DIR | bench [--tables 10000,50000,100000] [--seed S] [--work DIR] [--goallint PATH] [--config F] [--in-process] | floor --dir DIR | facts --dir DIR | serve-load [--tables 10000] [--reviewers 20] [--seconds 60] [--seed S] [--work DIR] | micro [BenchmarkDotNet args]");
        return 2;
    }
}
