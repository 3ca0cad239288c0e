using System.Globalization;

namespace GoalLint.Benchmarks;

/// <summary>The few <c>--name value</c> options the benchmark commands take.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public int Seed => int.Parse(Get("seed") ?? "1", CultureInfo.InvariantCulture);

    public string? Get(string name) => values.GetValueOrDefault(name);

    public IReadOnlyList<int> Sizes(params int[] fallback) =>
        Get("tables") is { } list ? list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : fallback;

    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                values[name] = "true";
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
        }

        return new Options(values);
    }
}
