using GoalLint.Check.Yaml;
using GoalLint.Tests.Check;

namespace GoalLint.Tests.Robustness;

/// <summary>
/// Check scripts that exhaust memory, overflow the stack or reach for the network or threads.
/// Endless loops, recursion, files, processes, reflection and the environment are covered by
/// <see cref="ScriptCheckTests"/>; these are the rest. Each is refused at load with the
/// script's line, or stopped at run time as a failure of its own rule while the run goes on.
/// </summary>
public sealed class HostileScriptTests
{
    private static readonly string Corpus = Repo.CorpusFile("dongguan-tgao-2023-goals.txt");

    [Theory]
    [InlineData("var a = new long[int.MaxValue / 2];", "element limit")]
    [InlineData("var grid = new int[100_000, 100_000];", "element limit")]
    [InlineData("var cube = new byte[1000, 1000, 1000];", "element limit")]
    [InlineData("var s = new string('x', int.MaxValue);", "ran out of memory")]
    [InlineData("var text = \"x\"; while (true) { text += text; }", "ran out of memory|time limit")]
    [InlineData("var big = new List<long>(int.MaxValue);", "ran out of memory")]
    public void Exhausting_memory_fails_the_rule_and_the_run_goes_on(string script, string message)
    {
        using var pack = new TempPack().ScriptRule("hog", script, scope: "run");
        var rules = pack.Build(new HashSet<string> { "hog", "vague-value" });

        var result = LintPipeline.Lint([Corpus], rules);

        var failure = Assert.Single(result.RuleFailures);
        Assert.Equal("hog", failure.RuleId);
        Assert.Matches(message, failure.Message);
        Assert.Contains(result.Findings, f => f.RuleId == "vague-value");
    }

    [Fact]
    public void An_array_under_the_limit_still_works()
    {
        using var pack = new TempPack().ScriptRule("sized", "var sizes = new int[Table!.Indicators.Count]; if (sizes.Length > 0) Report(Table.Indicators[0].Name!);");
        var rules = pack.Build(new HashSet<string> { "sized" });

        var result = LintPipeline.Lint([Corpus], rules);

        Assert.Empty(result.RuleFailures);
        Assert.NotEmpty(result.Findings);
    }

    [Theory]
    [InlineData("var client = new System.Net.Sockets.TcpClient(\"127.0.0.1\", 9);", "System.Net")]
    [InlineData("var page = new System.Net.Http.HttpClient().GetStringAsync(\"http://127.0.0.1/\").Result;", "System.Net")]
    [InlineData("var ips = System.Net.Dns.GetHostAddresses(\"localhost\");", "System.Net")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { while (true) { } });", "System.Threading")]
    [InlineData("new System.Threading.Thread(() => { }).Start();", "System.Threading")]
    [InlineData("Span<byte> big = stackalloc byte[100_000_000];", "stackalloc")]
    public void Reaching_for_the_network_threads_or_the_stack_is_refused_at_its_line(string script, string named)
    {
        using var pack = new TempPack().ScriptRule("reach", "var ok = 1;\n" + script);

        var error = Assert.Throws<ConfigurationException>(() => pack.Build(new HashSet<string> { "reach" }));

        Assert.Contains(error.Errors, e => e.ToString().StartsWith("reach.csx(2,", StringComparison.Ordinal) || e.ToString().Contains("reach.csx(2,", StringComparison.Ordinal));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A script is configuration: read as a regular file, a link only inside its folder, at most 1 MiB.</summary>
    [Theory]
    [InlineData("fifo", "not a regular file")]
    [InlineData("/dev/zero", "a symbolic link to /dev/zero")]
    [InlineData("huge", "over the 1,048,576-byte limit")]
    public void A_script_file_that_is_not_a_plain_small_file_is_refused_unread(string kind, string message)
    {
        using var pack = new TempPack().ScriptRule("odd", "var ok = 1;");
        var script = Path.Combine(pack.PackDir, "odd.csx");
        File.Delete(script);
        switch (kind)
        {
            case "fifo":
                Assert.Equal(0, MkFifo(script, 0b110_000_000));
                break;
            case "huge":
                File.WriteAllText(script, "// " + new string('x', 1 << 20));
                break;
            default:
                File.CreateSymbolicLink(script, kind);
                break;
        }

        var error = Assert.Throws<ConfigurationException>(() => pack.Build(new HashSet<string> { "odd" }));

        Assert.Contains("odd.csx: error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MkFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int mode);
}
